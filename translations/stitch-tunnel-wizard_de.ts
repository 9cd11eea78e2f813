<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Host key has CHANGED</source>
        <translation>Host-Schlüssel hat sich GEÄNDERT</translation>
    </message>
    <message>
        <source>The server&apos;s identity is not what it was. Either the server was rebuilt, or someone is intercepting the connection. The wizard will not connect.</source>
        <translation>Die Identität des Servers ist nicht mehr dieselbe. Entweder wurde der Server neu aufgesetzt, oder jemand fängt die Verbindung ab. Der Assistent stellt keine Verbindung her.</translation>
    </message>
    <message>
        <source>(another key)</source>
        <translation>(ein anderer Schlüssel)</translation>
    </message>
    <message>
        <source>Stitch SSH Tunnel Wizard</source>
        <translation>Stitch SSH-Tunnel-Assistent</translation>
    </message>
    <message>
        <source>1. Allow Stitch&apos;s IP addresses on the SSH port</source>
        <translation>1. Stitchs IP-Adressen am SSH-Port zulassen</translation>
    </message>
    <message>
        <source>2. Let the SSH server reach the database</source>
        <translation>2. Dem SSH-Server Zugriff auf die Datenbank geben</translation>
    </message>
    <message>
        <source>3. The Stitch public key</source>
        <translation>3. Der öffentliche Stitch-Schlüssel</translation>
    </message>
    <message>
        <source>4. The Stitch user and authorized_keys</source>
        <translation>4. Der Stitch-Benutzer und authorized_keys</translation>
    </message>
    <message>
        <source>5. Finish in Stitch (end-to-end self-test)</source>
        <translation>5. In Stitch abschließen (End-to-End-Selbsttest)</translation>
    </message>
    <message>
        <source># Stitch SSH tunnel report

</source>
        <translation># Stitch-SSH-Tunnel-Bericht

</translation>
    </message>
    <message>
        <source>Server: %1 port %2, login %3

</source>
        <translation>Server: %1 Port %2, Anmeldung als %3

</translation>
    </message>
    <message>
        <source> *Fix:* %1</source>
        <translation> *Abhilfe:* %1</translation>
    </message>
    <message>
        <source>## Values for Stitch&apos;s connection form

| Stitch field | Value |
|---|---|
| SSH Host | %1 |
| SSH Port | %2 |
| SSH User | %3 |
| Host (Endpoint) | %4 |
| Port | %5 |
</source>
        <translation>## Werte für Stitchs Verbindungsformular

| Stitch-Feld | Wert |
|---|---|
| SSH Host | %1 |
| SSH Port | %2 |
| SSH User | %3 |
| Host (Endpoint) | %4 |
| Port | %5 |
</translation>
    </message>
    <message>
        <source>Stitch public key: %1, %2 bits, %3%4.</source>
        <translation>Öffentlicher Stitch-Schlüssel: %1, %2 Bit, %3%4.</translation>
    </message>
    <message>
        <source>, comment &quot;%1&quot;</source>
        <translation>, Kommentar „%1“</translation>
    </message>
    <message>
        <source>%1, %2 answers as %3.</source>
        <translation>%1, %2 antwortet als %3.</translation>
    </message>
    <message>
        <source>Port %1 answers, but not as %2 (%3).</source>
        <translation>Port %1 antwortet, aber nicht als %2 (%3).</translation>
    </message>
    <message>
        <source>Check the database type and port.</source>
        <translation>Prüfen Sie Datenbanktyp und Port.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no %2 reply.</source>
        <translation>%1 hat die Verbindung angenommen, aber keine %2-Antwort gesendet.</translation>
    </message>
    <message>
        <source>Check that this port belongs to the database.</source>
        <translation>Prüfen Sie, ob dieser Port zur Datenbank gehört.</translation>
    </message>
    <message>
        <source>On the SSH server, %1 resolves to %2.</source>
        <translation>Auf dem SSH-Server wird %1 zu %2 aufgelöst.</translation>
    </message>
    <message>
        <source>Through the SSH server</source>
        <translation>Über den SSH-Server</translation>
    </message>
    <message>
        <source>The temporary self-test key could not be removed now.</source>
        <translation>Der temporäre Selbsttest-Schlüssel konnte jetzt nicht entfernt werden.</translation>
    </message>
    <message>
        <source>It is removed automatically on the next run.</source>
        <translation>Er wird beim nächsten Lauf automatisch entfernt.</translation>
    </message>
    <message>
        <source>The end-to-end self-test was skipped.</source>
        <translation>Der End-to-End-Selbsttest wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 is a private address, but Stitch connects from the internet.</source>
        <translation>%1 ist eine private Adresse, Stitch verbindet sich aber aus dem Internet.</translation>
    </message>
    <message>
        <source>Enter the SSH server&apos;s public address or DNS name as SSH Host in Stitch.</source>
        <translation>Geben Sie in Stitch die öffentliche Adresse oder den DNS-Namen des SSH-Servers als SSH Host ein.</translation>
    </message>
    <message>
        <source>The self-test could not log in as %1 with a key: %2</source>
        <translation>Der Selbsttest konnte sich nicht als %1 mit einem Schlüssel anmelden: %2</translation>
    </message>
    <message>
        <source>Fix the failures of the tunnel user step, then apply again.</source>
        <translation>Beheben Sie die Fehler im Schritt „Tunnelbenutzer“ und wenden Sie die Änderungen dann erneut an.</translation>
    </message>
    <message>
        <source>Logged in as %1 with a key, as Stitch will.</source>
        <translation>Als %1 mit einem Schlüssel angemeldet, so wie Stitch es tun wird.</translation>
    </message>
    <message>
        <source>Through the tunnel user&apos;s tunnel</source>
        <translation>Über den Tunnel des Tunnelbenutzers</translation>
    </message>
    <message>
        <source>No host firewall is active on the server, so SSH port %1 is open to every address at the host level.</source>
        <translation>Auf dem Server ist keine Host-Firewall aktiv, daher ist SSH-Port %1 auf Host-Ebene für jede Adresse offen.</translation>
    </message>
    <message>
        <source>Allow only Stitch&apos;s addresses in your cloud or network firewall (rules below), or turn on ufw with --enable-firewall (your own address is allowed first).</source>
        <translation>Lassen Sie in Ihrer Cloud- oder Netzwerk-Firewall nur Stitchs Adressen zu (Regeln unten), oder schalten Sie ufw mit --enable-firewall ein (Ihre eigene Adresse wird zuerst zugelassen).</translation>
    </message>
    <message>
        <source>%1 allows all %2 Stitch addresses on SSH port %3.</source>
        <translation>%1 lässt alle %2 Stitch-Adressen an SSH-Port %3 zu.</translation>
    </message>
    <message>
        <source>%1 is active and does not yet allow: %2.</source>
        <translation>%1 ist aktiv und lässt noch nicht zu: %2.</translation>
    </message>
    <message>
        <source>Apply the changes: the tool adds allow rules tagged &quot;stitch-tunnel&quot;.</source>
        <translation>Wenden Sie die Änderungen an: Das Werkzeug fügt Zulassungsregeln mit der Markierung „stitch-tunnel“ hinzu.</translation>
    </message>
    <message>
        <source>Rules added to nftables take effect at once but are not written to /etc/nftables.conf.</source>
        <translation>Zu nftables hinzugefügte Regeln wirken sofort, werden aber nicht in /etc/nftables.conf geschrieben.</translation>
    </message>
    <message>
        <source>Add the rules tagged &quot;stitch-tunnel&quot; (nft list ruleset) to /etc/nftables.conf so they survive a reboot.</source>
        <translation>Übernehmen Sie die mit „stitch-tunnel“ markierten Regeln (nft list ruleset) in /etc/nftables.conf, damit sie einen Neustart überstehen.</translation>
    </message>
    <message>
        <source>The user %1 does not exist yet.</source>
        <translation>Der Benutzer %1 existiert noch nicht.</translation>
    </message>
    <message>
        <source>Apply the changes to create it (as in step 4 of Stitch&apos;s guide).</source>
        <translation>Wenden Sie die Änderungen an, um ihn anzulegen (wie in Schritt 4 von Stitchs Anleitung).</translation>
    </message>
    <message>
        <source>%1 (mode %2) is writable by other users, so sshd (StrictModes) ignores the key.</source>
        <translation>%1 (Modus %2) ist für andere Benutzer schreibbar, daher ignoriert sshd (StrictModes) den Schlüssel.</translation>
    </message>
    <message>
        <source>Apply the changes (chmod go-w %1).</source>
        <translation>Wenden Sie die Änderungen an (chmod go-w %1).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Apply the changes to create it.</source>
        <translation>Wenden Sie die Änderungen an, um es anzulegen.</translation>
    </message>
    <message>
        <source>The Stitch public key is not in %1&apos;s authorized_keys.</source>
        <translation>Der öffentliche Stitch-Schlüssel steht nicht in den authorized_keys von %1.</translation>
    </message>
    <message>
        <source>Apply the changes to add it (on its own line).</source>
        <translation>Wenden Sie die Änderungen an, um ihn hinzuzufügen (in einer eigenen Zeile).</translation>
    </message>
    <message>
        <source>authorized_keys does not end with a line break; a key appended by hand would be glued to the last line.</source>
        <translation>authorized_keys endet nicht mit einem Zeilenumbruch; ein von Hand angehängter Schlüssel würde an der letzten Zeile kleben.</translation>
    </message>
    <message>
        <source>The tool adds the missing line break when it adds the key.</source>
        <translation>Das Werkzeug ergänzt den fehlenden Zeilenumbruch, wenn es den Schlüssel hinzufügt.</translation>
    </message>
    <message>
        <source>authorized_keys contains Windows line endings (CR).</source>
        <translation>authorized_keys enthält Windows-Zeilenenden (CR).</translation>
    </message>
    <message>
        <source>Remove the CR characters (dos2unix) if a key there does not work.</source>
        <translation>Entfernen Sie die CR-Zeichen (dos2unix), falls ein Schlüssel darin nicht funktioniert.</translation>
    </message>
    <message>
        <source>%1 is locked (&apos;!&apos; in /etc/shadow) and sshd runs with UsePAM no, so it refuses even key logins.</source>
        <translation>%1 ist gesperrt (&apos;!&apos; in /etc/shadow) und sshd läuft mit UsePAM no, daher lehnt er selbst Schlüssel-Anmeldungen ab.</translation>
    </message>
    <message>
        <source>Apply the changes (usermod -p &apos;*&apos; %1 unlocks it for key login only).</source>
        <translation>Wenden Sie die Änderungen an (usermod -p &apos;*&apos; %1 entsperrt es nur für die Anmeldung per Schlüssel).</translation>
    </message>
    <message>
        <source>sshd&apos;s effective configuration could not be read (%1).</source>
        <translation>Die wirksame Konfiguration von sshd konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <source>Run `sshd -T` as root on the server to see why.</source>
        <translation>Führen Sie `sshd -T` als root auf dem Server aus, um die Ursache zu sehen.</translation>
    </message>
    <message>
        <source>sshd has AllowTcpForwarding %1 for %2, so Stitch&apos;s tunnel would be refused.</source>
        <translation>sshd hat AllowTcpForwarding %1 für %2, daher würde Stitchs Tunnel abgewiesen.</translation>
    </message>
    <message>
        <source>Set &quot;AllowTcpForwarding yes&quot; (or in a &quot;Match User %1&quot; block) in /etc/ssh/sshd_config, check with sshd -t, then reload sshd.</source>
        <translation>Setzen Sie „AllowTcpForwarding yes“ (oder in einem „Match User %1“-Block) in /etc/ssh/sshd_config, prüfen Sie mit sshd -t und laden Sie sshd dann neu.</translation>
    </message>
    <message>
        <source>sshd has DisableForwarding yes, which blocks every tunnel.</source>
        <translation>sshd hat DisableForwarding yes, was jeden Tunnel blockiert.</translation>
    </message>
    <message>
        <source>Remove DisableForwarding from sshd_config (or override it in a &quot;Match User %1&quot; block), then reload sshd.</source>
        <translation>Entfernen Sie DisableForwarding aus sshd_config (oder überschreiben Sie es in einem „Match User %1“-Block) und laden Sie sshd dann neu.</translation>
    </message>
    <message>
        <source>sshd does not accept public keys (PubkeyAuthentication no).</source>
        <translation>sshd akzeptiert keine öffentlichen Schlüssel (PubkeyAuthentication no).</translation>
    </message>
    <message>
        <source>Set &quot;PubkeyAuthentication yes&quot; in sshd_config, then reload sshd.</source>
        <translation>Setzen Sie „PubkeyAuthentication yes“ in sshd_config und laden Sie sshd dann neu.</translation>
    </message>
    <message>
        <source>sshd only admits the users in AllowUsers (%1); %2 is not among them.</source>
        <translation>sshd lässt nur die Benutzer in AllowUsers zu (%1); %2 gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Add %1 to AllowUsers in sshd_config, then reload sshd.</source>
        <translation>Fügen Sie %1 zu AllowUsers in sshd_config hinzu und laden Sie sshd dann neu.</translation>
    </message>
    <message>
        <source>sshd&apos;s DenyUsers excludes %1.</source>
        <translation>DenyUsers von sshd schließt %1 aus.</translation>
    </message>
    <message>
        <source>Remove %1 from DenyUsers in sshd_config.</source>
        <translation>Entfernen Sie %1 aus DenyUsers in sshd_config.</translation>
    </message>
    <message>
        <source>sshd only admits the groups in AllowGroups (%1); group %2 is not among them.</source>
        <translation>sshd lässt nur die Gruppen in AllowGroups zu (%1); die Gruppe %2 gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Add %1 to AllowGroups in sshd_config, then reload sshd.</source>
        <translation>Fügen Sie %1 zu AllowGroups in sshd_config hinzu und laden Sie sshd dann neu.</translation>
    </message>
    <message>
        <source>sshd&apos;s DenyGroups excludes group %1.</source>
        <translation>DenyGroups von sshd schließt die Gruppe %1 aus.</translation>
    </message>
    <message>
        <source>Remove %1 from DenyGroups in sshd_config.</source>
        <translation>Entfernen Sie %1 aus DenyGroups in sshd_config.</translation>
    </message>
    <message>
        <source>sshd does not accept %1 keys (PubkeyAcceptedAlgorithms).</source>
        <translation>sshd akzeptiert keine %1-Schlüssel (PubkeyAcceptedAlgorithms).</translation>
    </message>
    <message>
        <source>Add %1 to PubkeyAcceptedAlgorithms in sshd_config, or ask Stitch for another key type.</source>
        <translation>Fügen Sie %1 zu PubkeyAcceptedAlgorithms in sshd_config hinzu, oder bitten Sie Stitch um einen anderen Schlüsseltyp.</translation>
    </message>
    <message>
        <source>A self-test key from an interrupted run is still in authorized_keys.</source>
        <translation>Ein Selbsttest-Schlüssel aus einem abgebrochenen Lauf steht noch in authorized_keys.</translation>
    </message>
    <message>
        <source>It is removed automatically on the next apply.</source>
        <translation>Er wird beim nächsten Anwenden automatisch entfernt.</translation>
    </message>
    <message>
        <source>%1 exists, its key files have safe owners and modes, and sshd lets it log in with the Stitch key and open tunnels.</source>
        <translation>%1 existiert, seine Schlüsseldateien haben sichere Eigentümer und Modi, und sshd lässt die Anmeldung mit dem Stitch-Schlüssel und das Öffnen von Tunneln zu.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2. The tool does not follow it: as root that could hand the link&apos;s target to %3.</source>
        <translation>%1 ist ein symbolischer Link auf %2. Das Werkzeug folgt ihm nicht: Als root könnte es so das Ziel des Links an %3 übergeben.</translation>
    </message>
    <message>
        <source>Remove the link on the server (rm %1) and apply again.</source>
        <translation>Entfernen Sie den Link auf dem Server (rm %1) und wenden Sie die Änderungen erneut an.</translation>
    </message>
    <message>
        <source>Move it away on the server and apply again.</source>
        <translation>Verschieben Sie es auf dem Server an einen anderen Ort und wenden Sie die Änderungen erneut an.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, not %3; the tool changes nothing in it.</source>
        <translation>%1 gehört %2, nicht %3; das Werkzeug ändert darin nichts.</translation>
    </message>
    <message>
        <source>Find out why. Then remove it, or give it to %1 (chown -R %1: %2), and apply again.</source>
        <translation>Finden Sie heraus, warum. Entfernen Sie es dann oder übergeben Sie es an %1 (chown -R %1: %2) und wenden Sie die Änderungen erneut an.</translation>
    </message>
    <message>
        <source>The server has neither setpriv nor runuser, and the tool never touches %1&apos;s files as root.</source>
        <translation>Der Server hat weder setpriv noch runuser, und das Werkzeug fasst die Dateien von %1 nie als root an.</translation>
    </message>
    <message>
        <source>Install util-linux on the server (it has both).</source>
        <translation>Installieren Sie util-linux auf dem Server (es enthält beide).</translation>
    </message>
    <message>
        <source>Stitch&apos;s key would get this account&apos;s rights. Choose a dedicated tunnel user name, such as stitch.</source>
        <translation>Stitchs Schlüssel bekäme die Rechte dieses Kontos. Wählen Sie einen eigenen Namen für den Tunnelbenutzer, etwa stitch.</translation>
    </message>
    <message>
        <source>%1 has uid 0: it is root under another name.</source>
        <translation>%1 hat die UID 0: Es ist root unter anderem Namen.</translation>
    </message>
    <message>
        <source>%1 is a system account (uid %2, below %3; home %4, shell %5).</source>
        <translation>%1 ist ein Systemkonto (UID %2, unter %3; Home %4, Shell %5).</translation>
    </message>
    <message>
        <source>%1 is the account you log in with.</source>
        <translation>%1 ist das Konto, mit dem Sie sich anmelden.</translation>
    </message>
    <message>
        <source>%1 is in the administrators&apos; group %2.</source>
        <translation>%1 ist in der Administratorgruppe %2.</translation>
    </message>
    <message>
        <source>%1 may run commands as root with sudo.</source>
        <translation>%1 darf mit sudo Befehle als root ausführen.</translation>
    </message>
    <message>
        <source>%1 must not carry Stitch&apos;s key (%2).</source>
        <translation>%1 darf Stitchs Schlüssel nicht tragen (%2).</translation>
    </message>
    <message>
        <source>%1 already exists and was not created by this tool (uid %2, home %3, shell %4).</source>
        <translation>%1 existiert bereits und wurde nicht von diesem Werkzeug angelegt (UID %2, Home %3, Shell %4).</translation>
    </message>
    <message>
        <source>%1&apos;s home %2 is a symbolic link to %3; the tool does not follow it as root.</source>
        <translation>Das Home-Verzeichnis %2 von %1 ist ein symbolischer Link auf %3; das Werkzeug folgt ihm nicht als root.</translation>
    </message>
    <message>
        <source>Make %1 a real folder owned by %2, then apply again.</source>
        <translation>Machen Sie %1 zu einem echten Ordner, der %2 gehört, und wenden Sie die Änderungen dann erneut an.</translation>
    </message>
    <message>
        <source>%1 has mode %2; sshd needs mode %3.</source>
        <translation>%1 hat den Modus %2; sshd braucht den Modus %3.</translation>
    </message>
    <message>
        <source>Apply the changes to fix the mode.</source>
        <translation>Wenden Sie die Änderungen an, um den Modus zu korrigieren.</translation>
    </message>
    <message>
        <source>The Stitch key is in %1&apos;s authorized_keys, but not exactly as wanted: %2</source>
        <translation>Der Stitch-Schlüssel steht in den authorized_keys von %1, aber nicht genau wie gewünscht: %2</translation>
    </message>
    <message>
        <source>Apply the changes: the key&apos;s line is rewritten (other lines stay as they are).</source>
        <translation>Wenden Sie die Änderungen an: Die Zeile des Schlüssels wird neu geschrieben (andere Zeilen bleiben, wie sie sind).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>Stopped: the end-to-end self-test did not run, and its temporary key was removed.</source>
        <translation>Angehalten: Der End-to-End-Selbsttest lief nicht, und sein temporärer Schlüssel wurde entfernt.</translation>
    </message>
    <message>
        <source>Stopped: the end-to-end self-test did not run; its temporary key expires within ten minutes.</source>
        <translation>Angehalten: Der End-to-End-Selbsttest lief nicht; sein temporärer Schlüssel läuft innerhalb von zehn Minuten ab.</translation>
    </message>
    <message>
        <source>Apply again to run the self-test.</source>
        <translation>Wenden Sie die Änderungen erneut an, um den Selbsttest auszuführen.</translation>
    </message>
    <message>
        <source>Leave out %1; it is for: %2.</source>
        <translation>Lassen Sie %1 weg; es gilt nur für: %2.</translation>
    </message>
    <message>
        <source>Give either --region or --allow-ip.</source>
        <translation>Geben Sie entweder --region oder --allow-ip an.</translation>
    </message>
    <message>
        <source>Add --remove-firewall-rules, or leave out %1.</source>
        <translation>Fügen Sie --remove-firewall-rules hinzu, oder lassen Sie %1 weg.</translation>
    </message>
    <message>
        <source>Leave out --show-commands.</source>
        <translation>Lassen Sie --show-commands weg.</translation>
    </message>
    <message>
        <source>Give only --host-key-fingerprint (the safer one).</source>
        <translation>Geben Sie nur --host-key-fingerprint an (die sicherere Option).</translation>
    </message>
    <message>
        <source>The %1 %2 is empty.</source>
        <translation>Die mit %1 angegebene Datei %2 ist leer.</translation>
    </message>
    <message>
        <source>Put the secret on the first line of %1, or leave out %2.</source>
        <translation>Schreiben Sie das Geheimnis in die erste Zeile von %1, oder lassen Sie %2 weg.</translation>
    </message>
    <message>
        <source>No way to log in was given.</source>
        <translation>Es wurde keine Anmeldeart angegeben.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for its current fingerprint. Only if it matches, remove the old entry with: %1</source>
        <translation>Fragen Sie den Administrator des Servers nach dessen aktuellem Fingerabdruck. Nur wenn er übereinstimmt, entfernen Sie den alten Eintrag mit: %1</translation>
    </message>
    <message>
        <source>Copy the public key from Stitch (integration settings → SSH Tunnel) and pass it with --public-key-file FILE.</source>
        <translation>Kopieren Sie den öffentlichen Schlüssel aus Stitch (Einstellungen der Integration → SSH Tunnel) und übergeben Sie ihn mit --public-key-file FILE.</translation>
    </message>
    <message>
        <source>If this account is meant only for Stitch&apos;s tunnel, run again with --adopt-existing-user. Otherwise choose another --tunnel-user.</source>
        <translation>Wenn dieses Konto nur für Stitchs Tunnel gedacht ist, führen Sie den Befehl erneut mit --adopt-existing-user aus. Andernfalls wählen Sie einen anderen --tunnel-user.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub); only if they match, run again with --host-key-fingerprint %1 (or --accept-new-host-key).</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub); nur wenn sie übereinstimmen, führen Sie den Befehl erneut mit --host-key-fingerprint %1 (oder --accept-new-host-key) aus.</translation>
    </message>
    <message>
        <source>Put %1&apos;s sudo password in a file and run again with --sudo-password-file FILE (or set STITCH_TUNNEL_SUDO_PASSWORD).</source>
        <translation>Schreiben Sie das sudo-Passwort von %1 in eine Datei und führen Sie den Befehl erneut mit --sudo-password-file FILE aus (oder setzen Sie STITCH_TUNNEL_SUDO_PASSWORD).</translation>
    </message>
    <message>
        <source>Put the passphrase of %1 in a file and run again with --passphrase-file FILE.</source>
        <translation>Schreiben Sie die Passphrase von %1 in eine Datei und führen Sie den Befehl erneut mit --passphrase-file FILE aus.</translation>
    </message>
    <message>
        <source>Check the passphrase in the --passphrase-file file (it is case sensitive, and only its first line counts).</source>
        <translation>Prüfen Sie die Passphrase in der Datei von --passphrase-file (Groß- und Kleinschreibung wird unterschieden, und nur die erste Zeile zählt).</translation>
    </message>
    <message>
        <source>Give --identity the private key file you log in with (for example ~/.ssh/id_ed25519, not the .pub file).</source>
        <translation>Geben Sie bei --identity die private Schlüsseldatei an, mit der Sie sich anmelden (zum Beispiel ~/.ssh/id_ed25519, nicht die .pub-Datei).</translation>
    </message>
    <message>
        <source>Delete the private key from the file or option you gave. If it was copied anywhere else, treat it as exposed and replace it. Then pass Stitch&apos;s public key (one line starting with &quot;ssh-&quot;, from Integration settings → SSH Tunnel) with --public-key-file FILE.</source>
        <translation>Löschen Sie den privaten Schlüssel aus der angegebenen Datei oder Option. Falls er noch woandershin kopiert wurde, gilt er als kompromittiert und muss ersetzt werden. Übergeben Sie dann Stitchs öffentlichen Schlüssel (eine Zeile, die mit „ssh-“ beginnt, aus Einstellungen der Integration → SSH Tunnel) mit --public-key-file FILE.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 (%3)
</source>
        <translation>Verbunden mit %1 Port %2 (%3)
</translation>
    </message>
    <message>
        <source>Host key:   %1 %2 (%3)
</source>
        <translation>Host-Schlüssel: %1 %2 (%3)
</translation>
    </message>
    <message>
        <source>Logged in:  %1 by %2
</source>
        <translation>Angemeldet:     %1 per %2
</translation>
    </message>
    <message>
        <source>The script needs the Stitch public key.</source>
        <translation>Für das Skript wird der öffentliche Stitch-Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Der Bericht kann nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Check the folder exists and is writable.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2.</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Check the path and that this user may read the file.</source>
        <translation>Prüfen Sie den Pfad und ob dieser Benutzer die Datei lesen darf.</translation>
    </message>
    <message>
        <source>The secret file %1 has more than one line.</source>
        <translation>Die Geheimnisdatei %1 hat mehr als eine Zeile.</translation>
    </message>
    <message>
        <source>Put only the password on the first line of the file.</source>
        <translation>Schreiben Sie nur das Passwort in die erste Zeile der Datei.</translation>
    </message>
    <message>
        <source>The value contains a NUL character, which no command argument can carry.</source>
        <translation>Der Wert enthält ein NUL-Zeichen, das kein Befehlsargument aufnehmen kann.</translation>
    </message>
    <message>
        <source>Remove the NUL character from the value.</source>
        <translation>Entfernen Sie das NUL-Zeichen aus dem Wert.</translation>
    </message>
    <message>
        <source>Not a reply from %1 (%2)</source>
        <translation>Keine %1-Antwort (%2)</translation>
    </message>
    <message>
        <source>A malformed reply from %1 (%2)</source>
        <translation>Eine fehlerhafte %1-Antwort (%2)</translation>
    </message>
    <message>
        <source>Not a reply from %1 (%2); it looks like %3</source>
        <translation>Keine %1-Antwort (%2); sieht aus wie %3</translation>
    </message>
    <message>
        <source>Unknown database type</source>
        <translation>Unbekannter Datenbanktyp</translation>
    </message>
    <message>
        <source>The port sent no greeting</source>
        <translation>Der Port hat keine Begrüßung gesendet</translation>
    </message>
    <message>
        <source>The port sent nothing back</source>
        <translation>Der Port hat nichts zurückgesendet</translation>
    </message>
    <message>
        <source>Protocol %1 greeting: server version &quot;%2&quot;</source>
        <translation>Begrüßung mit Protokoll %1: Serverversion „%2“</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>Oracle TNS listener</source>
        <translation>Oracle-TNS-Listener</translation>
    </message>
    <message>
        <source>The listener accepted the connect packet (TNS version %1)</source>
        <translation>Der Listener hat das Connect-Paket angenommen (TNS-Version %1)</translation>
    </message>
    <message>
        <source>The listener refused the probe, as expected for an empty service name</source>
        <translation>Der Listener hat die Testanfrage abgewiesen, wie bei einem leeren Dienstnamen erwartet</translation>
    </message>
    <message>
        <source>The listener redirected the probe: %1</source>
        <translation>Der Listener hat die Testanfrage umgeleitet: %1</translation>
    </message>
    <message>
        <source>The listener asked to resend the connect packet</source>
        <translation>Der Listener hat verlangt, das Connect-Paket erneut zu senden</translation>
    </message>
    <message>
        <source>The listener answered with a TNS marker</source>
        <translation>Der Listener hat mit einem TNS-Marker geantwortet</translation>
    </message>
    <message>
        <source>Answered the SSLRequest with an error: %1</source>
        <translation>SSLRequest mit einem Fehler beantwortet: %1</translation>
    </message>
    <message>
        <source>Answered the SSLRequest with an error (an old server?): %1</source>
        <translation>SSLRequest mit einem Fehler beantwortet (ein alter Server?): %1</translation>
    </message>
    <message>
        <source>Answered the SSLRequest with &apos;S&apos;: TLS is available</source>
        <translation>SSLRequest mit &apos;S&apos; beantwortet: TLS ist verfügbar</translation>
    </message>
    <message>
        <source>Answered the SSLRequest with &apos;N&apos;: TLS is not enabled</source>
        <translation>SSLRequest mit &apos;N&apos; beantwortet: TLS ist nicht aktiviert</translation>
    </message>
    <message>
        <source>Microsoft SQL Server %1</source>
        <translation>Microsoft SQL Server %1</translation>
    </message>
    <message>
        <source>Copy the public key again from the Stitch web app (Integration settings → SSH Tunnel, or destination settings → Encryption Type → SSH Tunnel) and give it unchanged.</source>
        <translation>Kopieren Sie den öffentlichen Schlüssel erneut aus der Stitch-Web-App (Einstellungen der Integration → SSH Tunnel, oder Einstellungen der Destination → Encryption Type → SSH Tunnel) und geben Sie ihn unverändert an.</translation>
    </message>
    <message>
        <source>No public key was given.</source>
        <translation>Es wurde kein öffentlicher Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>Copy Stitch&apos;s public key from the Stitch web app (Integration settings → SSH Tunnel) and give it here.</source>
        <translation>Kopieren Sie Stitchs öffentlichen Schlüssel aus der Stitch-Web-App (Einstellungen der Integration → SSH Tunnel) und geben Sie ihn hier an.</translation>
    </message>
    <message>
        <source>This is a PRIVATE key. A private key is a secret that must never be shared or pasted anywhere; Stitch needs its own PUBLIC key here, not one of yours.</source>
        <translation>Das ist ein PRIVATER Schlüssel. Ein privater Schlüssel ist ein Geheimnis, das nie weitergegeben oder irgendwo eingefügt werden darf; Stitch braucht hier seinen eigenen ÖFFENTLICHEN Schlüssel, nicht einen von Ihren.</translation>
    </message>
    <message>
        <source>Remove the private key from where you put it. If it was copied anywhere else, treat it as exposed and replace it. Then copy Stitch&apos;s public key (one line starting with &quot;ssh-&quot;) from the Stitch web app: Integration settings → SSH Tunnel.</source>
        <translation>Entfernen Sie den privaten Schlüssel dort, wo Sie ihn eingefügt haben. Falls er noch woandershin kopiert wurde, gilt er als kompromittiert und muss ersetzt werden. Kopieren Sie dann Stitchs öffentlichen Schlüssel (eine Zeile, die mit „ssh-“ beginnt) aus der Stitch-Web-App: Einstellungen der Integration → SSH Tunnel.</translation>
    </message>
    <message>
        <source>The text is far too long to be an SSH public key.</source>
        <translation>Der Text ist viel zu lang für einen öffentlichen SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>The text is not an SSH public key. A public key is one line that starts with its type, for example &quot;ssh-ed25519 AAAA…&quot; or &quot;ssh-rsa AAAA…&quot;.</source>
        <translation>Der Text ist kein öffentlicher SSH-Schlüssel. Ein öffentlicher Schlüssel ist eine Zeile, die mit seinem Typ beginnt, zum Beispiel „ssh-ed25519 AAAA…“ oder „ssh-rsa AAAA…“.</translation>
    </message>
    <message>
        <source>The beginning of the key is missing: it should start with its type, for example &quot;ssh-ed25519&quot; or &quot;ssh-rsa&quot;.</source>
        <translation>Der Anfang des Schlüssels fehlt: Er sollte mit seinem Typ beginnen, zum Beispiel „ssh-ed25519“ oder „ssh-rsa“.</translation>
    </message>
    <message>
        <source>Copy the whole key, including the type at the start. </source>
        <translation>Kopieren Sie den ganzen Schlüssel, einschließlich des Typs am Anfang. </translation>
    </message>
    <message>
        <source>This is a key fingerprint (a short checksum of a key), not the key itself.</source>
        <translation>Das ist ein Schlüssel-Fingerabdruck (eine kurze Prüfsumme eines Schlüssels), nicht der Schlüssel selbst.</translation>
    </message>
    <message>
        <source>Copy the full public key instead: one long line starting with its type, for example &quot;ssh-ed25519 AAAA…&quot;. </source>
        <translation>Kopieren Sie stattdessen den vollständigen öffentlichen Schlüssel: eine lange Zeile, die mit seinem Typ beginnt, zum Beispiel „ssh-ed25519 AAAA…“. </translation>
    </message>
    <message>
        <source>There are authorized_keys options (such as &quot;restrict&quot; or &quot;command=...&quot;) in front of the key.</source>
        <translation>Vor dem Schlüssel stehen authorized_keys-Optionen (etwa „restrict“ oder „command=...“).</translation>
    </message>
    <message>
        <source>Give only the key itself, starting with its type (for example &quot;ssh-ed25519&quot; or &quot;ssh-rsa&quot;); the options it needs are added for you.</source>
        <translation>Geben Sie nur den Schlüssel selbst an, beginnend mit seinem Typ (zum Beispiel „ssh-ed25519“ oder „ssh-rsa“); die nötigen Optionen werden automatisch hinzugefügt.</translation>
    </message>
    <message>
        <source>There is extra text in front of the key.</source>
        <translation>Vor dem Schlüssel steht zusätzlicher Text.</translation>
    </message>
    <message>
        <source>Give only the key itself, starting with its type (for example &quot;ssh-ed25519&quot; or &quot;ssh-rsa&quot;).</source>
        <translation>Geben Sie nur den Schlüssel selbst an, beginnend mit seinem Typ (zum Beispiel „ssh-ed25519“ oder „ssh-rsa“).</translation>
    </message>
    <message>
        <source>The text contains more than one key.</source>
        <translation>Der Text enthält mehr als einen Schlüssel.</translation>
    </message>
    <message>
        <source>Give one key: Stitch&apos;s public key only.</source>
        <translation>Geben Sie einen einzigen Schlüssel an: nur Stitchs öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>There is extra text after the end of the key.</source>
        <translation>Nach dem Ende des Schlüssels steht zusätzlicher Text.</translation>
    </message>
    <message>
        <source>Give only the key block, from its BEGIN line to its END line.</source>
        <translation>Geben Sie nur den Schlüsselblock an, von seiner BEGIN-Zeile bis zu seiner END-Zeile.</translation>
    </message>
    <message>
        <source>This is a DSA key (ssh-dss). DSA keys are insecure and modern OpenSSH servers refuse them.</source>
        <translation>Das ist ein DSA-Schlüssel (ssh-dss). DSA-Schlüssel sind unsicher, und moderne OpenSSH-Server lehnen sie ab.</translation>
    </message>
    <message>
        <source>Use Stitch&apos;s current public key (Ed25519, ECDSA or RSA). </source>
        <translation>Verwenden Sie Stitchs aktuellen öffentlichen Schlüssel (Ed25519, ECDSA oder RSA). </translation>
    </message>
    <message>
        <source>This kind of key</source>
        <translation>Diese Schlüsselart</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot;</source>
        <translation>Der Schlüsseltyp „%1“</translation>
    </message>
    <message>
        <source>This RSA key is only %1 bits long, which is too weak; at least %2 bits are required.</source>
        <translation>Dieser RSA-Schlüssel ist nur %1 Bit lang und damit zu schwach; mindestens %2 Bit sind erforderlich.</translation>
    </message>
    <message>
        <source>Use Stitch&apos;s current public key; if it really is this short, ask Stitch support for a new one.</source>
        <translation>Verwenden Sie Stitchs aktuellen öffentlichen Schlüssel; falls er wirklich so kurz ist, bitten Sie den Stitch-Support um einen neuen.</translation>
    </message>
    <message>
        <source>The key contains characters that cannot be part of a key; it was probably changed while copying.</source>
        <translation>Der Schlüssel enthält Zeichen, die nicht Teil eines Schlüssels sein können; er wurde wahrscheinlich beim Kopieren verändert.</translation>
    </message>
    <message>
        <source>The key is incomplete: part of it is missing, probably cut off while copying.</source>
        <translation>Der Schlüssel ist unvollständig: Ein Teil fehlt, wahrscheinlich wurde er beim Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>Copy the whole key, all of it up to the very end. </source>
        <translation>Kopieren Sie den ganzen Schlüssel, vollständig bis zum Ende. </translation>
    </message>
    <message>
        <source>The key is damaged: its data is not a valid SSH public key.</source>
        <translation>Der Schlüssel ist beschädigt: Seine Daten sind kein gültiger öffentlicher SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>The key text was altered or mixed up: it says &quot;%1&quot; at the start, but the key data is %2.</source>
        <translation>Der Schlüsseltext wurde verändert oder vermischt: Am Anfang steht „%1“, aber die Schlüsseldaten sind %2.</translation>
    </message>
    <message>
        <source>The key block has no &quot;---- END SSH2 PUBLIC KEY ----&quot; line; it was probably cut off while copying.</source>
        <translation>Dem Schlüsselblock fehlt die Zeile „---- END SSH2 PUBLIC KEY ----“; er wurde wahrscheinlich beim Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>Copy the whole block, from the BEGIN line to the END line. </source>
        <translation>Kopieren Sie den ganzen Block, von der BEGIN-Zeile bis zur END-Zeile. </translation>
    </message>
    <message>
        <source>The sudo password contains a line break.</source>
        <translation>Das sudo-Passwort enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Enter the password on one line.</source>
        <translation>Geben Sie das Passwort in einer Zeile ein.</translation>
    </message>
    <message>
        <source>Check administrator rights</source>
        <translation>Administratorrechte prüfen</translation>
    </message>
    <message>
        <source>Check administrator rights; %1</source>
        <translation>Administratorrechte prüfen; %1</translation>
    </message>
    <message>
        <source>Install sudo on the server (as root: apt-get install sudo / dnf install sudo), or log in as root.</source>
        <translation>Installieren Sie sudo auf dem Server (als root: apt-get install sudo / dnf install sudo), oder melden Sie sich als root an.</translation>
    </message>
    <message>
        <source>Could not find out whether %1 may use sudo (exit status %2)%3</source>
        <translation>Es konnte nicht festgestellt werden, ob %1 sudo verwenden darf (Exit-Status %2)%3</translation>
    </message>
    <message>
        <source>See the transcript for the server&apos;s answer.</source>
        <translation>Die Antwort des Servers finden Sie im Protokoll.</translation>
    </message>
    <message>
        <source>Administrator rights were not confirmed yet.</source>
        <translation>Die Administratorrechte wurden noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Connect and check privileges first.</source>
        <translation>Verbinden Sie sich zuerst und prüfen Sie die Rechte.</translation>
    </message>
    <message>
        <source>Ask the administrator to add &quot;Defaults:%1 !requiretty&quot; with visudo, or log in as root.</source>
        <translation>Bitten Sie den Administrator, mit visudo „Defaults:%1 !requiretty“ hinzuzufügen, oder melden Sie sich als root an.</translation>
    </message>
    <message>
        <source>Log in with an account that may use sudo (for example one in the &quot;sudo&quot; or &quot;wheel&quot; group), or as root.</source>
        <translation>Melden Sie sich mit einem Konto an, das sudo verwenden darf (zum Beispiel eines in der Gruppe „sudo“ oder „wheel“), oder als root.</translation>
    </message>
    <message>
        <source>The sudo password for %1 was not accepted. Nothing was changed.</source>
        <translation>Das sudo-Passwort für %1 wurde nicht akzeptiert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Give %1&apos;s own password (sudo asks for the login password, not root&apos;s).</source>
        <translation>Geben Sie das eigene Passwort von %1 an (sudo fragt nach dem Anmeldepasswort, nicht nach dem von root).</translation>
    </message>
    <message>
        <source>Give the sudo password (usually the login password).</source>
        <translation>Geben Sie das sudo-Passwort an (meist das Anmeldepasswort).</translation>
    </message>
    <message>
        <source>The setup file&apos;s field &quot;%1&quot; is not valid: %2</source>
        <translation>Das Feld „%1“ der Einrichtungsdatei ist ungültig: %2</translation>
    </message>
    <message>
        <source>The setup file contains a field &quot;%1&quot;, but setup files never hold passwords or other secrets.</source>
        <translation>Die Einrichtungsdatei enthält ein Feld „%1“, aber Einrichtungsdateien enthalten nie Passwörter oder andere Geheimnisse.</translation>
    </message>
    <message>
        <source>Delete that field from the file. The wizard asks for passwords when it needs them.</source>
        <translation>Löschen Sie dieses Feld aus der Datei. Der Assistent fragt nach Passwörtern, wenn er sie braucht.</translation>
    </message>
    <message>
        <source>The setup file has an unknown field &quot;%1&quot;.</source>
        <translation>Die Einrichtungsdatei hat ein unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>Check its spelling or delete it. Known fields there: %1.</source>
        <translation>Prüfen Sie die Schreibweise oder löschen Sie es. Bekannte Felder an dieser Stelle: %1.</translation>
    </message>
    <message>
        <source>Write it like &quot;%1&quot;: { … }.</source>
        <translation>Schreiben Sie es in der Form &quot;%1&quot;: { … }.</translation>
    </message>
    <message>
        <source>Write it like &quot;%1&quot;: &quot;…&quot;.</source>
        <translation>Schreiben Sie es in der Form &quot;%1&quot;: &quot;…&quot;.</translation>
    </message>
    <message>
        <source>Enter a number from 1 to 65535.</source>
        <translation>Geben Sie eine Zahl von 1 bis 65535 ein.</translation>
    </message>
    <message>
        <source>Ask for a new setup file, saved with Stitch SSH Tunnel Wizard.</source>
        <translation>Fordern Sie eine neue Einrichtungsdatei an, gespeichert mit dem Stitch SSH-Tunnel-Assistenten.</translation>
    </message>
    <message>
        <source>This setup file was made by a newer version of Stitch SSH Tunnel Wizard (file format %1; this version reads format %2 and older).</source>
        <translation>Diese Einrichtungsdatei wurde mit einer neueren Version des Stitch SSH-Tunnel-Assistenten erstellt (Dateiformat %1; diese Version liest Format %2 und älter).</translation>
    </message>
    <message>
        <source>Install the latest Stitch SSH Tunnel Wizard, or ask for a file saved with this version.</source>
        <translation>Installieren Sie die neueste Version des Stitch SSH-Tunnel-Assistenten, oder fordern Sie eine Datei an, die mit dieser Version gespeichert wurde.</translation>
    </message>
    <message>
        <source>Use &quot;integration&quot; when Stitch reads from this database, &quot;destination&quot; when it loads into it.</source>
        <translation>Verwenden Sie &quot;integration&quot;, wenn Stitch aus dieser Datenbank liest, und &quot;destination&quot;, wenn Stitch in sie lädt.</translation>
    </message>
    <message>
        <source>Write it like &quot;allowedAddresses&quot;: [&quot;52.23.137.21/32&quot;], or [] to use the region&apos;s addresses.</source>
        <translation>Schreiben Sie es in der Form &quot;allowedAddresses&quot;: [&quot;52.23.137.21/32&quot;], oder [], um die Adressen der Region zu verwenden.</translation>
    </message>
    <message>
        <source>Write each address like &quot;52.23.137.21/32&quot;.</source>
        <translation>Schreiben Sie jede Adresse in der Form &quot;52.23.137.21/32&quot;.</translation>
    </message>
    <message>
        <source>Use postgresql, mysql, sqlserver, oracle or mongodb.</source>
        <translation>Verwenden Sie postgresql, mysql, sqlserver, oracle oder mongodb.</translation>
    </message>
    <message>
        <source>Enter the SSH server&apos;s name or address, e.g. ssh.example.com or 203.0.113.10, or leave it empty.</source>
        <translation>Geben Sie den Namen oder die Adresse des SSH-Servers ein, z. B. ssh.example.com oder 203.0.113.10, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Enter the user the admin logs in with (one word, no spaces), or leave it empty.</source>
        <translation>Geben Sie den Benutzer ein, mit dem sich der Administrator anmeldet (ein Wort, keine Leerzeichen), oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Use &quot;password&quot;, &quot;key-file&quot; or &quot;agent&quot;.</source>
        <translation>Verwenden Sie &quot;password&quot;, &quot;key-file&quot; oder &quot;agent&quot;.</translation>
    </message>
    <message>
        <source>Enter the path of the private key file on one line, or leave it empty.</source>
        <translation>Geben Sie den Pfad der privaten Schlüsseldatei in einer Zeile ein, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Cannot %1 the setup file %2: %3.</source>
        <translation>Zugriff (%1) auf die Einrichtungsdatei %2 nicht möglich: %3.</translation>
    </message>
    <message>
        <source>Check the path and that you may %1 files there.</source>
        <translation>Prüfen Sie den Pfad und ob Sie dort die nötigen Dateirechte haben (%1).</translation>
    </message>
    <message>
        <source>The setup file is not valid JSON (%1 at character %2).</source>
        <translation>Die Einrichtungsdatei ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>Ask for a new setup file, or correct it in a text editor.</source>
        <translation>Fordern Sie eine neue Einrichtungsdatei an, oder korrigieren Sie sie in einem Texteditor.</translation>
    </message>
    <message>
        <source>This is not a Stitch SSH Tunnel Wizard setup file (its &quot;format&quot; field is not &quot;%1&quot;).</source>
        <translation>Dies ist keine Einrichtungsdatei des Stitch SSH-Tunnel-Assistenten (ihr Feld „format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <source>The public key field holds a private key, so the setup file was not saved.</source>
        <translation>Das Feld für den öffentlichen Schlüssel enthält einen privaten Schlüssel, daher wurde die Einrichtungsdatei nicht gespeichert.</translation>
    </message>
    <message>
        <source>Paste Stitch&apos;s public key (one line starting with ssh-…) instead, and keep the private key secret.</source>
        <translation>Fügen Sie stattdessen Stitchs öffentlichen Schlüssel ein (eine Zeile, die mit ssh-… beginnt), und halten Sie den privaten Schlüssel geheim.</translation>
    </message>
    <message>
        <source>The setup file was not saved. %1</source>
        <translation>Die Einrichtungsdatei wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>The SSH port is 0.</source>
        <translation>Der SSH-Port ist 0.</translation>
    </message>
    <message>
        <source>Enter the SSH server&apos;s port (usually 22).</source>
        <translation>Geben Sie den Port des SSH-Servers ein (meist 22).</translation>
    </message>
    <message>
        <source>Copy the public key from Stitch (integration settings → SSH Tunnel) and give it first.</source>
        <translation>Kopieren Sie den öffentlichen Schlüssel aus Stitch (Einstellungen der Integration → SSH Tunnel) und geben Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>The self-test key was not added.</source>
        <translation>Der Selbsttest-Schlüssel wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Apply again.</source>
        <translation>Wenden Sie die Änderungen erneut an.</translation>
    </message>
    <message>
        <source>The database port is 0.</source>
        <translation>Der Datenbank-Port ist 0.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s port, e.g. %1.</source>
        <translation>Geben Sie den Port der Datenbank ein, z. B. %1.</translation>
    </message>
    <message>
        <source>See the transcript for the exact command and output; fix the cause and apply again (it is safe to rerun).</source>
        <translation>Den genauen Befehl und seine Ausgabe finden Sie im Protokoll; beheben Sie die Ursache und wenden Sie die Änderungen erneut an (ein erneuter Lauf ist gefahrlos).</translation>
    </message>
    <message>
        <source>Stopped before anything was changed.</source>
        <translation>Angehalten, bevor etwas geändert wurde.</translation>
    </message>
    <message>
        <source>Run %1 again when you are ready.</source>
        <translation>Führen Sie %1 erneut aus, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Apply again to run the end-to-end self-test; it changes nothing that is already in place.</source>
        <translation>Wenden Sie die Änderungen erneut an, um den End-to-End-Selbsttest auszuführen; dabei ändert sich nichts, was bereits vorhanden ist.</translation>
    </message>
    <message>
        <source>Inspect the server (read-only)</source>
        <translation>Server untersuchen (nur lesend)</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Connect first.</source>
        <translation>Verbinden Sie sich zuerst.</translation>
    </message>
    <message>
        <source>Inspecting the server</source>
        <translation>Server wird untersucht</translation>
    </message>
    <message>
        <source>No Stitch public key was given.</source>
        <translation>Es wurde kein öffentlicher Stitch-Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>Copy the public key from Stitch (integration settings → SSH Tunnel) and give it to this tool.</source>
        <translation>Kopieren Sie den öffentlichen Schlüssel aus Stitch (Einstellungen der Integration → SSH Tunnel) und übergeben Sie ihn diesem Werkzeug.</translation>
    </message>
    <message>
        <source>Apply steps 1 and 4, then verify</source>
        <translation>Schritte 1 und 4 anwenden, dann überprüfen</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>Änderungen werden angewendet</translation>
    </message>
    <message>
        <source>Stopped after steps 1 and 4 were applied and verified (see above); the self-test did not run.</source>
        <translation>Angehalten, nachdem die Schritte 1 und 4 angewendet und überprüft wurden (siehe oben); der Selbsttest lief nicht.</translation>
    </message>
    <message>
        <source>Stopped during the end-to-end self-test. Steps 1 and 4 are applied and verified (see above).</source>
        <translation>Während des End-to-End-Selbsttests angehalten. Die Schritte 1 und 4 sind angewendet und überprüft (siehe oben).</translation>
    </message>
    <message>
        <source>Apply again with the self-test to prove the tunnel works.</source>
        <translation>Wenden Sie die Änderungen erneut mit dem Selbsttest an, um zu prüfen, dass der Tunnel funktioniert.</translation>
    </message>
    <message>
        <source>Remove the self-test key</source>
        <translation>Selbsttest-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove Stitch access</source>
        <translation>Stitch-Zugriff entfernen</translation>
    </message>
    <message>
        <source>Removing Stitch access</source>
        <translation>Stitch-Zugriff wird entfernt</translation>
    </message>
    <message>
        <source>Allow only Stitch&apos;s addresses in your cloud or network firewall (rules below), or let this tool turn on ufw (your own address is allowed first).</source>
        <translation>Lassen Sie in Ihrer Cloud- oder Netzwerk-Firewall nur Stitchs Adressen zu (Regeln unten), oder lassen Sie dieses Werkzeug ufw einschalten (Ihre eigene Adresse wird zuerst zugelassen).</translation>
    </message>
    <message>
        <source>If this account is meant only for Stitch&apos;s tunnel, confirm that it may be used. Otherwise choose another name.</source>
        <translation>Wenn dieses Konto nur für Stitchs Tunnel gedacht ist, bestätigen Sie, dass es verwendet werden darf. Andernfalls wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Use one of: %1 (Stitch shows the region under Account settings).</source>
        <translation>Verwenden Sie einen dieser Werte: %1 (Stitch zeigt die Region unter Account settings an).</translation>
    </message>
    <message>
        <source>Give an address like 52.23.137.21 or a range like 52.23.137.0/24.</source>
        <translation>Geben Sie eine Adresse wie 52.23.137.21 oder einen Bereich wie 52.23.137.0/24 an.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s address as the SSH server sees it, e.g. localhost, 10.0.1.5 or db.internal.</source>
        <translation>Geben Sie die Adresse der Datenbank aus Sicht des SSH-Servers ein, z. B. localhost, 10.0.1.5 oder db.internal.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, start with a letter or &apos;_&apos;, at most 32 characters (e.g. stitch).</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;, beginnen Sie mit einem Buchstaben oder &apos;_&apos;, höchstens 32 Zeichen (z. B. stitch).</translation>
    </message>
    <message>
        <source>Use a dedicated user such as stitch.</source>
        <translation>Verwenden Sie einen eigenen Benutzer, etwa stitch.</translation>
    </message>
    <message>
        <source>The server did not finish the command within %1 seconds.</source>
        <translation>Der Server hat den Befehl nicht innerhalb von %1 Sekunden abgeschlossen.</translation>
    </message>
    <message>
        <source>Check that the server is not overloaded, then try again.</source>
        <translation>Prüfen Sie, ob der Server überlastet ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The command printed more than %1 MiB; the rest was not read.</source>
        <translation>Der Befehl hat mehr als %1 MiB ausgegeben; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>See the transcript for what it printed; check the server.</source>
        <translation>Was er ausgegeben hat, finden Sie im Protokoll; prüfen Sie den Server.</translation>
    </message>
    <message>
        <source>The SSH server does not allow forwarding to %1 (administratively prohibited).</source>
        <translation>Der SSH-Server erlaubt keine Weiterleitung zu %1 (administrativ untersagt).</translation>
    </message>
    <message>
        <source>Allow TCP forwarding in sshd_config (AllowTcpForwarding yes, no DisableForwarding, no PermitOpen that excludes %1), then reload sshd.</source>
        <translation>Erlauben Sie TCP-Weiterleitung in sshd_config (AllowTcpForwarding yes, kein DisableForwarding, kein PermitOpen, das %1 ausschließt) und laden Sie sshd dann neu.</translation>
    </message>
    <message>
        <source>The SSH server reached %1, but nothing accepts connections there (connection refused).</source>
        <translation>Der SSH-Server hat %1 erreicht, aber dort nimmt nichts Verbindungen an (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>Check that the database is running and listens on that address and port (&quot;localhost&quot; may mean ::1 rather than 127.0.0.1).</source>
        <translation>Prüfen Sie, ob die Datenbank läuft und an dieser Adresse und diesem Port lauscht („localhost“ kann ::1 statt 127.0.0.1 bedeuten).</translation>
    </message>
    <message>
        <source>The SSH server got no answer from %1 (timed out).</source>
        <translation>Der SSH-Server hat von %1 keine Antwort erhalten (Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>A firewall between the SSH server and the database probably drops the traffic: allow the SSH server&apos;s private address on port %1.</source>
        <translation>Wahrscheinlich verwirft eine Firewall zwischen SSH-Server und Datenbank den Datenverkehr: Lassen Sie die private Adresse des SSH-Servers auf Port %1 zu.</translation>
    </message>
    <message>
        <source>The SSH server cannot resolve the database host name &quot;%1&quot;.</source>
        <translation>Der SSH-Server kann den Hostnamen der Datenbank „%1“ nicht auflösen.</translation>
    </message>
    <message>
        <source>Use the name or address under which the SSH server (not your computer) reaches the database.</source>
        <translation>Verwenden Sie den Namen oder die Adresse, unter der der SSH-Server (nicht Ihr Computer) die Datenbank erreicht.</translation>
    </message>
    <message>
        <source>The SSH server has no network route to %1.</source>
        <translation>Der SSH-Server hat keine Netzwerkroute zu %1.</translation>
    </message>
    <message>
        <source>Check the database address as the SSH server sees it, and the SSH server&apos;s routing.</source>
        <translation>Prüfen Sie die Adresse der Datenbank aus Sicht des SSH-Servers sowie das Routing des SSH-Servers.</translation>
    </message>
    <message>
        <source>The SSH server could not open a connection to %1: %2</source>
        <translation>Der SSH-Server konnte keine Verbindung zu %1 öffnen: %2</translation>
    </message>
    <message>
        <source>Check the database address and port as the SSH server sees them.</source>
        <translation>Prüfen Sie Adresse und Port der Datenbank aus Sicht des SSH-Servers.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED. Expected %2, but the server now presents %3 %4. Either the server was rebuilt, or someone is intercepting the connection. Nothing was sent to the server.</source>
        <translation>Der Host-Schlüssel von %1 hat sich GEÄNDERT. Erwartet wurde %2, aber der Server zeigt jetzt %3 %4. Entweder wurde der Server neu aufgesetzt, oder jemand fängt die Verbindung ab. Es wurde nichts an den Server gesendet.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for its current fingerprint. Only if it matches, remove the old entry for this server from %1.</source>
        <translation>Fragen Sie den Administrator des Servers nach dessen aktuellem Fingerabdruck. Nur wenn er übereinstimmt, entfernen Sie den alten Eintrag für diesen Server aus %1.</translation>
    </message>
    <message>
        <source>The known-hosts file could not be read.</source>
        <translation>Die Known-Hosts-Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the permissions of %1.</source>
        <translation>Prüfen Sie die Berechtigungen von %1.</translation>
    </message>
    <message>
        <source>Paste the fingerprint as `ssh-keygen -lf` prints it, e.g. SHA256:abc…</source>
        <translation>Fügen Sie den Fingerabdruck so ein, wie `ssh-keygen -lf` ihn ausgibt, z. B. SHA256:abc…</translation>
    </message>
    <message>
        <source>The server&apos;s host key %1 does not match the expected fingerprint %2. Nothing was sent to the server.</source>
        <translation>Der Host-Schlüssel %1 des Servers stimmt nicht mit dem erwarteten Fingerabdruck %2 überein. Es wurde nichts an den Server gesendet.</translation>
    </message>
    <message>
        <source>Check that you connect to the right server and that the fingerprint was copied completely.</source>
        <translation>Prüfen Sie, ob Sie sich mit dem richtigen Server verbinden und ob der Fingerabdruck vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>The server %1 is not known yet. Its %2 host key has the fingerprint %3.</source>
        <translation>Der Server %1 ist noch nicht bekannt. Sein Host-Schlüssel (%2) hat den Fingerabdruck %3.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), then accept it.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), und akzeptieren Sie ihn dann.</translation>
    </message>
    <message>
        <source>The host key could not be saved to %1.</source>
        <translation>Der Host-Schlüssel konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The server refused the password for %1. The server offers: %2.</source>
        <translation>Der Server hat das Passwort für %1 abgelehnt. Der Server bietet an: %2.</translation>
    </message>
    <message>
        <source>Check the user name and password (they are case sensitive), or log in with a key.</source>
        <translation>Prüfen Sie Benutzername und Passwort (Groß- und Kleinschreibung wird unterschieden), oder melden Sie sich mit einem Schlüssel an.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Enter the password, or choose key or agent login.</source>
        <translation>Geben Sie das Passwort ein, oder wählen Sie die Anmeldung per Schlüssel oder ssh-agent.</translation>
    </message>
    <message>
        <source>The server does not accept passwords for %1. It offers: %2.</source>
        <translation>Der Server akzeptiert für %1 keine Passwörter. Er bietet an: %2.</translation>
    </message>
    <message>
        <source>Log in with a private key file or ssh-agent instead.</source>
        <translation>Melden Sie sich stattdessen mit einer privaten Schlüsseldatei oder über ssh-agent an.</translation>
    </message>
    <message>
        <source>Use the private key file you log in with (for example ~/.ssh/id_ed25519).</source>
        <translation>Verwenden Sie die private Schlüsseldatei, mit der Sie sich anmelden (zum Beispiel ~/.ssh/id_ed25519).</translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read%2.</source>
        <translation>Die private Schlüsseldatei %1 kann nicht gelesen werden%2.</translation>
    </message>
    <message>
        <source>The private key file %1 is empty.</source>
        <translation>Die private Schlüsseldatei %1 ist leer.</translation>
    </message>
    <message>
        <source>In PuTTYgen, load it and use Conversions → Export OpenSSH key, then use the exported file.</source>
        <translation>Laden Sie den Schlüssel in PuTTYgen, wählen Sie Conversions → Export OpenSSH key und verwenden Sie dann die exportierte Datei.</translation>
    </message>
    <message>
        <source>Use the private key (the file without .pub).</source>
        <translation>Verwenden Sie den privaten Schlüssel (die Datei ohne .pub).</translation>
    </message>
    <message>
        <source>The private key %1 is protected by a passphrase.</source>
        <translation>Der private Schlüssel %1 ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Give the key&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Schlüssels an.</translation>
    </message>
    <message>
        <source>The passphrase for the private key %1 is wrong.</source>
        <translation>Die Passphrase für den privaten Schlüssel %1 ist falsch.</translation>
    </message>
    <message>
        <source>Check the passphrase (it is case sensitive).</source>
        <translation>Prüfen Sie die Passphrase (Groß- und Kleinschreibung wird unterschieden).</translation>
    </message>
    <message>
        <source>The server refused the key %1 for %2. The server offers: %3.</source>
        <translation>Der Server hat den Schlüssel %1 für %2 abgelehnt. Der Server bietet an: %3.</translation>
    </message>
    <message>
        <source>Check that the key&apos;s public half is in ~%1/.ssh/authorized_keys on the server, or log in with a password.</source>
        <translation>Prüfen Sie, ob der öffentliche Teil des Schlüssels auf dem Server in ~%1/.ssh/authorized_keys steht, oder melden Sie sich mit einem Passwort an.</translation>
    </message>
    <message>
        <source>The server refused the key for %1.</source>
        <translation>Der Server hat den Schlüssel für %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Check the findings of the tunnel user step.</source>
        <translation>Prüfen Sie die Befunde im Schritt „Tunnelbenutzer“.</translation>
    </message>
    <message>
        <source>No ssh-agent is running for this session (SSH_AUTH_SOCK is not set).</source>
        <translation>Für diese Sitzung läuft kein ssh-agent (SSH_AUTH_SOCK ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>Start ssh-agent and add your key with ssh-add, or choose a key file.</source>
        <translation>Starten Sie ssh-agent und fügen Sie Ihren Schlüssel mit ssh-add hinzu, oder wählen Sie eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The server accepted none of the keys in ssh-agent for %1. The server offers: %2.</source>
        <translation>Der Server hat für %1 keinen der Schlüssel in ssh-agent akzeptiert. Der Server bietet an: %2.</translation>
    </message>
    <message>
        <source>Add the right key with ssh-add, or choose a key file or password.</source>
        <translation>Fügen Sie den richtigen Schlüssel mit ssh-add hinzu, oder wählen Sie eine Schlüsseldatei oder ein Passwort.</translation>
    </message>
    <message>
        <source>The installed libssh does not work as expected; reinstall or update it.</source>
        <translation>Die installierte libssh funktioniert nicht wie erwartet; installieren Sie sie neu oder aktualisieren Sie sie.</translation>
    </message>
    <message>
        <source>The connection to the SSH server was lost during: %1.</source>
        <translation>Die Verbindung zum SSH-Server wurde unterbrochen bei: %1.</translation>
    </message>
    <message>
        <source>Check the network and connect again; nothing is left half-done on the server.</source>
        <translation>Prüfen Sie das Netzwerk und verbinden Sie sich erneut; auf dem Server bleibt nichts halb erledigt zurück.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Der Verbindungsaufbau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server address %1 is not valid.</source>
        <translation>Die Serveradresse %1 ist ungültig.</translation>
    </message>
    <message>
        <source>Enter a host name or an IP address.</source>
        <translation>Geben Sie einen Hostnamen oder eine IP-Adresse ein.</translation>
    </message>
    <message>
        <source>The login name &quot;%1&quot; is not valid.</source>
        <translation>Der Anmeldename „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>Enter the user name you log in to the server with.</source>
        <translation>Geben Sie den Benutzernamen ein, mit dem Sie sich am Server anmelden.</translation>
    </message>
    <message>
        <source>Check that this port belongs to an SSH server (not a web server or database), and that the server is not overloaded.</source>
        <translation>Prüfen Sie, ob dieser Port zu einem SSH-Server gehört (nicht zu einem Webserver oder einer Datenbank) und ob der Server nicht überlastet ist.</translation>
    </message>
    <message>
        <source>Check that this port belongs to an SSH server (not a web server or database).</source>
        <translation>Prüfen Sie, ob dieser Port zu einem SSH-Server gehört (nicht zu einem Webserver oder einer Datenbank).</translation>
    </message>
    <message>
        <source>The server did not present a host key.</source>
        <translation>Der Server hat keinen Host-Schlüssel vorgelegt.</translation>
    </message>
    <message>
        <source>Could not compute the host key fingerprint.</source>
        <translation>Der Fingerabdruck des Host-Schlüssels konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The server took no data for %1 s while %2.</source>
        <translation>Der Server hat %1 s lang keine Daten angenommen (bei: %2).</translation>
    </message>
    <message>
        <source>Check the server&apos;s load and the network, then try again.</source>
        <translation>Prüfen Sie die Auslastung des Servers und das Netzwerk, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The SSH server got no answer from %1 port %2 within %3 seconds (timed out).</source>
        <translation>Der SSH-Server hat von %1 Port %2 innerhalb von %3 Sekunden keine Antwort erhalten (Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>Check the spelling of the server address, or use its IP address.</source>
        <translation>Prüfen Sie die Schreibweise der Serveradresse, oder verwenden Sie ihre IP-Adresse.</translation>
    </message>
    <message>
        <source>Check the SSH port (usually 22) and that the SSH server is running.</source>
        <translation>Prüfen Sie den SSH-Port (meist 22) und ob der SSH-Server läuft.</translation>
    </message>
    <message>
        <source>Check the address, and that a firewall lets this computer reach the SSH port.</source>
        <translation>Prüfen Sie die Adresse und ob eine Firewall diesem Computer den Zugriff auf den SSH-Port erlaubt.</translation>
    </message>
    <message>
        <source>Check the address and this computer&apos;s network connection or VPN.</source>
        <translation>Prüfen Sie die Adresse und die Netzwerkverbindung oder das VPN dieses Computers.</translation>
    </message>
    <message>
        <source>Check the address and port.</source>
        <translation>Prüfen Sie Adresse und Port.</translation>
    </message>
    <message>
        <source>Could not generate a temporary key for the self-test.</source>
        <translation>Es konnte kein temporärer Schlüssel für den Selbsttest erzeugt werden.</translation>
    </message>
    <message>
        <source>Run the self-test again, or skip it.</source>
        <translation>Führen Sie den Selbsttest erneut aus, oder überspringen Sie ihn.</translation>
    </message>
    <message>
        <source>Could not export the temporary self-test key.</source>
        <translation>Der temporäre Selbsttest-Schlüssel konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>%1 has no effect with %2.</source>
        <translation>%1 hat bei %2 keine Wirkung.</translation>
    </message>
    <message>
        <source>%1 has no effect with remove unless the firewall rules are removed too.</source>
        <translation>%1 hat bei remove nur dann eine Wirkung, wenn auch die Firewall-Regeln entfernt werden.</translation>
    </message>
    <message>
        <source>%1 bytes so far of what may be a %2 reply</source>
        <translation>Bisher %1 Bytes einer möglichen %2-Antwort</translation>
    </message>
    <message>
        <source>%1 is an SSH certificate, not a plain public key; certificates are not supported.</source>
        <translation>%1 ist ein SSH-Zertifikat, kein einfacher öffentlicher Schlüssel; Zertifikate werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 is not supported. Supported are ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa and the sk- security-key variants.</source>
        <translation>%1 wird nicht unterstützt. Unterstützt werden ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa und die sk-Varianten für Sicherheitsschlüssel.</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the key</source>
        <translation>%1 unerwartete Bytes nach dem Schlüssel</translation>
    </message>
    <message>
        <source>%1 is not root and sudo is not installed on the server. Nothing was changed.</source>
        <translation>%1 ist nicht root, und sudo ist auf dem Server nicht installiert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 may not use sudo on the server. Nothing was changed.</source>
        <translation>%1 darf auf dem Server sudo nicht verwenden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is too large to be a setup file.</source>
        <translation>%1 ist zu groß für eine Einrichtungsdatei.</translation>
    </message>
    <message>
        <source>%1 failed on the server: %2</source>
        <translation>%1 ist auf dem Server fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is a PuTTY .ppk key, which cannot be used directly.</source>
        <translation>%1 ist ein PuTTY-Schlüssel (.ppk), der nicht direkt verwendet werden kann.</translation>
    </message>
    <message>
        <source>%1 is not a private key file.</source>
        <translation>%1 ist keine private Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 port %2 accepted the connection but sent no SSH greeting within %3 s.</source>
        <translation>%1 Port %2 hat die Verbindung angenommen, aber innerhalb von %3 s keine SSH-Begrüßung gesendet.</translation>
    </message>
    <message>
        <source>%1 port %2 accepted the connection but the SSH handshake failed.</source>
        <translation>%1 Port %2 hat die Verbindung angenommen, aber der SSH-Verbindungsaufbau ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server is listening there.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort wartet kein SSH-Server auf Verbindungen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source> Fix: </source>
        <translation> Abhilfe: </translation>
    </message>
    <message>
        <source>Privilege:  %1 — verified
</source>
        <translation>Rechte:         %1 — geprüft
</translation>
    </message>
    <message>
        <source>Run apply with --fix-sshd: it adds sshd settings for the tunnel user alone, checks them, reloads sshd and takes them out again if your own login or the tunnel user&apos;s would fail. Or change sshd_config yourself: %1</source>
        <translation>Führen Sie apply mit --fix-sshd aus: Das Werkzeug fügt dann sshd-Einstellungen nur für den Tunnelbenutzer hinzu, prüft sie, lädt sshd neu und entfernt sie wieder, falls Ihre eigene Anmeldung oder die des Tunnelbenutzers fehlschlagen würde. Oder ändern Sie sshd_config selbst: %1</translation>
    </message>
    <message>
        <source>Run again with --db-user USER (and --db-name DATABASE, and --db-ssl if Stitch connects with SSL) to check them; no password is needed.</source>
        <translation>Führen Sie den Befehl erneut mit --db-user USER aus (und mit --db-name DATABASE sowie --db-ssl, falls Stitch sich per SSL verbindet), um die Zugriffsregeln zu prüfen; ein Passwort ist nicht nötig.</translation>
    </message>
    <message>
        <source>Run again with --public-host and the SSH server&apos;s public DNS name or address (the one Stitch reaches from the internet), and enter that as SSH Host in Stitch.</source>
        <translation>Führen Sie den Befehl erneut mit --public-host und dem öffentlichen DNS-Namen oder der öffentlichen Adresse des SSH-Servers aus (über die Stitch ihn aus dem Internet erreicht), und geben Sie diesen Wert in Stitch als SSH Host ein.</translation>
    </message>
    <message>
        <source>Write it like &quot;%1&quot;: true (no quotes).</source>
        <translation>Schreiben Sie es in der Form &quot;%1&quot;: true (ohne Anführungszeichen).</translation>
    </message>
    <message>
        <source>%1 refuses connections from the SSH server (%2): %3</source>
        <translation>%1 lehnt Verbindungen vom SSH-Server (%2) ab: %3</translation>
    </message>
    <message>
        <source>address unknown</source>
        <translation>Adresse unbekannt</translation>
    </message>
    <message>
        <source>Create Stitch&apos;s database user for that address, e.g. CREATE USER &apos;%1&apos;@&apos;%2&apos; IDENTIFIED BY &apos;…&apos;; GRANT SELECT ON %3.* TO &apos;%1&apos;@&apos;%2&apos;;</source>
        <translation>Legen Sie Stitchs Datenbankbenutzer für diese Adresse an, z. B. CREATE USER &apos;%1&apos;@&apos;%2&apos; IDENTIFIED BY &apos;…&apos;; GRANT SELECT ON %3.* TO &apos;%1&apos;@&apos;%2&apos;;</translation>
    </message>
    <message>
        <source>The database host %1 is this SSH server itself: the database sees Stitch&apos;s connections coming from %2.</source>
        <translation>Der Datenbank-Host %1 ist dieser SSH-Server selbst: Für die Datenbank kommen Stitchs Verbindungen von %2.</translation>
    </message>
    <message>
        <source>The database will see this server as %1: allow %2 on port %3 in the database&apos;s firewall and access rules (not Stitch&apos;s addresses).</source>
        <translation>Die Datenbank wird diesen Server als %1 sehen: Lassen Sie %2 auf Port %3 in der Firewall und den Zugriffsregeln der Datenbank zu (nicht Stitchs Adressen).</translation>
    </message>
    <message>
        <source>%1 does not resolve on the SSH server, so it cannot tell which of its addresses the database will see.</source>
        <translation>%1 wird auf dem SSH-Server nicht aufgelöst, daher lässt sich nicht feststellen, welche seiner Adressen die Datenbank sehen wird.</translation>
    </message>
    <message>
        <source>The SSH server could not tell which of its addresses the database at %1 will see (no &quot;ip&quot; command there?).</source>
        <translation>Der SSH-Server konnte nicht feststellen, welche seiner Adressen die Datenbank unter %1 sehen wird (fehlt dort der Befehl „ip“?).</translation>
    </message>
    <message>
        <source>Allow the SSH server&apos;s address on the database&apos;s network in the database&apos;s firewall and access rules.</source>
        <translation>Lassen Sie in der Firewall und den Zugriffsregeln der Datenbank die Adresse zu, die der SSH-Server im Netzwerk der Datenbank hat.</translation>
    </message>
    <message>
        <source>The SSH server&apos;s other addresses (%1) are not the ones the database sees; they need no rule for this.</source>
        <translation>Die anderen Adressen des SSH-Servers (%1) sind nicht die, die die Datenbank sieht; für sie ist hierfür keine Regel nötig.</translation>
    </message>
    <message>
        <source>MySQL/MariaDB greets the SSH server, so some account may log in from it; whether Stitch&apos;s user does is decided only at login: it must exist for &apos;%1&apos; (or a pattern that covers it), and bind-address must cover the address the SSH server connects to.</source>
        <translation>MySQL/MariaDB begrüßt den SSH-Server, also darf sich zumindest irgendein Konto von dort anmelden; ob das auch für Stitchs Benutzer gilt, entscheidet sich erst bei der Anmeldung: Er muss für &apos;%1&apos; (oder ein Muster, das diese Adresse abdeckt) existieren, und bind-address muss die Adresse abdecken, zu der der SSH-Server die Verbindung aufbaut.</translation>
    </message>
    <message>
        <source>SQL Server shows nothing of its login rules before a login; allow %1 in its firewall, and Stitch&apos;s login is checked when Stitch connects.</source>
        <translation>SQL Server zeigt vor einer Anmeldung nichts von seinen Anmelderegeln; lassen Sie %1 in seiner Firewall zu. Stitchs Anmeldung wird geprüft, wenn Stitch sich verbindet.</translation>
    </message>
    <message>
        <source>The Oracle listener answers; whether it admits %1 (tcp.invited_nodes in sqlnet.ora) and Stitch&apos;s user shows only at login.</source>
        <translation>Der Oracle-Listener antwortet; ob er %1 (tcp.invited_nodes in sqlnet.ora) und Stitchs Benutzer zulässt, zeigt sich erst bei der Anmeldung.</translation>
    </message>
    <message>
        <source>MongoDB shows nothing of its users before a login; net.bindIp must cover the address the SSH server connects to, and its firewall must allow %1.</source>
        <translation>MongoDB zeigt vor einer Anmeldung nichts von seinen Benutzern; net.bindIp muss die Adresse abdecken, zu der der SSH-Server die Verbindung aufbaut, und die Firewall muss %1 zulassen.</translation>
    </message>
    <message>
        <source>PostgreSQL did not complete the TLS handshake.</source>
        <translation>PostgreSQL hat den TLS-Verbindungsaufbau nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Check PostgreSQL&apos;s ssl settings and its log.</source>
        <translation>Prüfen Sie die SSL-Einstellungen von PostgreSQL und sein Protokoll.</translation>
    </message>
    <message>
        <source>The TLS handshake with PostgreSQL failed: %1</source>
        <translation>Der TLS-Verbindungsaufbau mit PostgreSQL ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Check PostgreSQL&apos;s ssl settings (certificate, ssl_min_protocol_version) and its log.</source>
        <translation>Prüfen Sie die SSL-Einstellungen von PostgreSQL (Zertifikat, ssl_min_protocol_version) und sein Protokoll.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s access rules (pg_hba.conf) were not checked: no database user for Stitch was given. Without a line for the SSH server&apos;s address, Stitch&apos;s login fails even though the port answers.</source>
        <translation>Die Zugriffsregeln von PostgreSQL (pg_hba.conf) wurden nicht geprüft: Es wurde kein Datenbankbenutzer für Stitch angegeben. Ohne eine Zeile für die Adresse des SSH-Servers schlägt Stitchs Anmeldung fehl, obwohl der Port antwortet.</translation>
    </message>
    <message>
        <source>Give the database user Stitch will log in as (and the database) to check them; no password is needed.</source>
        <translation>Geben Sie den Datenbankbenutzer an, mit dem sich Stitch anmeldet (und die Datenbank), um die Zugriffsregeln zu prüfen; ein Passwort ist nicht nötig.</translation>
    </message>
    <message>
        <source>&lt;SSH server address&gt;</source>
        <translation>&lt;Adresse des SSH-Servers&gt;</translation>
    </message>
    <message>
        <source>Stitch will connect with SSL, but PostgreSQL at %1 does not offer it (it answered the SSL request with %2).</source>
        <translation>Stitch wird sich per SSL verbinden, aber PostgreSQL unter %1 bietet es nicht an (es hat die SSL-Anfrage mit %2 beantwortet).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Turn on ssl in postgresql.conf (with a certificate) and restart PostgreSQL, or set Stitch to connect without SSL.</source>
        <translation>Schalten Sie ssl in postgresql.conf ein (mit einem Zertifikat) und starten Sie PostgreSQL neu, oder stellen Sie Stitch so ein, dass es sich ohne SSL verbindet.</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;, database &quot;%2&quot;%3</source>
        <translation>Benutzer „%1“, Datenbank „%2“%3</translation>
    </message>
    <message>
        <source>, with SSL</source>
        <translation>, mit SSL</translation>
    </message>
    <message>
        <source>PostgreSQL admits %1 from %2 without any password (trust).</source>
        <translation>PostgreSQL lässt %1 von %2 ohne jedes Passwort zu (trust).</translation>
    </message>
    <message>
        <source>Use scram-sha-256 instead of trust in that pg_hba.conf line: %1</source>
        <translation>Verwenden Sie in dieser pg_hba.conf-Zeile scram-sha-256 statt trust: %1</translation>
    </message>
    <message>
        <source>PostgreSQL refuses %1 from the SSH server (%2): %3</source>
        <translation>PostgreSQL weist %1 vom SSH-Server (%2) ab: %3</translation>
    </message>
    <message>
        <source>Add this line to pg_hba.conf (above any line that rejects it), then reload PostgreSQL (SELECT pg_reload_conf();): %1</source>
        <translation>Fügen Sie diese Zeile in pg_hba.conf ein (oberhalb jeder Zeile, die sie ablehnt), und laden Sie PostgreSQL dann neu (SELECT pg_reload_conf();): %1</translation>
    </message>
    <message>
        <source>PostgreSQL answered a login for %1 with an error: %2 (SQLSTATE %3).</source>
        <translation>PostgreSQL hat eine Anmeldung für %1 mit einem Fehler beantwortet: %2 (SQLSTATE %3).</translation>
    </message>
    <message>
        <source>Check the database user and database name.</source>
        <translation>Prüfen Sie den Datenbankbenutzer und den Datenbanknamen.</translation>
    </message>
    <message>
        <source>PostgreSQL gave no clear answer to a login for %1, so its access rules could not be checked.</source>
        <translation>PostgreSQL hat auf eine Anmeldung für %1 keine eindeutige Antwort gegeben, daher konnten die Zugriffsregeln nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Check pg_hba.conf for this line: %1</source>
        <translation>Prüfen Sie, ob pg_hba.conf diese Zeile enthält: %1</translation>
    </message>
    <message>
        <source>a fresh login as %1 failed (%2)</source>
        <translation>eine neue Anmeldung als %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>the tunnel user %1 could not log in</source>
        <translation>der Tunnelbenutzer %1 konnte sich nicht anmelden</translation>
    </message>
    <message>
        <source>Fix sshd for the tunnel user %1, then verify</source>
        <translation>sshd für den Tunnelbenutzer %1 anpassen, dann überprüfen</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Take the sshd change for %1 out again, then verify</source>
        <translation>sshd-Änderung für %1 wieder entfernen, dann überprüfen</translation>
    </message>
    <message>
        <source>After sshd was reloaded with the settings for %1, %2; taking the change out again failed too: %3</source>
        <translation>sshd wurde mit den Einstellungen für %1 neu geladen, aber %2; auch das Entfernen der Änderung ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Your open session is not affected. On the server, delete /etc/ssh/sshd_config.d/00-stitch-tunnel.conf, or the lines between the two &quot;stitch-tunnel&quot; marker comments in /etc/ssh/sshd_config; run sshd -t, then reload sshd.</source>
        <translation>Ihre offene Sitzung ist nicht betroffen. Löschen Sie auf dem Server /etc/ssh/sshd_config.d/00-stitch-tunnel.conf oder die Zeilen zwischen den beiden Markierungskommentaren „stitch-tunnel“ in /etc/ssh/sshd_config; führen Sie sshd -t aus und laden Sie sshd dann neu.</translation>
    </message>
    <message>
        <source>After sshd was reloaded with the settings for %1, %2. The change was taken out again and sshd reloaded; your open session was not affected.</source>
        <translation>sshd wurde mit den Einstellungen für %1 neu geladen, aber %2. Die Änderung wurde wieder entfernt und sshd neu geladen; Ihre offene Sitzung war nicht betroffen.</translation>
    </message>
    <message>
        <source>Look at sshd&apos;s log on the server for why the login failed, fix that, then apply again with the sshd fix, or change sshd&apos;s settings yourself as the findings above say.</source>
        <translation>Sehen Sie im Protokoll von sshd auf dem Server nach, warum die Anmeldung fehlgeschlagen ist, beheben Sie die Ursache und wenden Sie die Änderungen dann erneut mit der sshd-Anpassung an, oder ändern Sie die Einstellungen von sshd selbst, wie in den Befunden oben beschrieben.</translation>
    </message>
    <message>
        <source>The SSH Host for Stitch, %1, is a private address, but Stitch connects from the internet.</source>
        <translation>Der SSH Host für Stitch, %1, ist eine private Adresse, Stitch verbindet sich aber aus dem Internet.</translation>
    </message>
    <message>
        <source>Enter the SSH server&apos;s public DNS name or address alone, e.g. bastion.example.com or 203.0.113.10.</source>
        <translation>Geben Sie nur den öffentlichen DNS-Namen oder die öffentliche Adresse des SSH-Servers ein, z. B. bastion.example.com oder 203.0.113.10.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address: %2.</source>
        <translation>„%1“ ist kein Hostname und keine IP-Adresse: %2.</translation>
    </message>
    <message>
        <source>Stitch asks for the SSH port and user in fields of their own.</source>
        <translation>Stitch fragt SSH-Port und SSH-Benutzer in eigenen Feldern ab.</translation>
    </message>
    <message>
        <source>The database port is set on its own.</source>
        <translation>Der Datenbank-Port wird separat angegeben.</translation>
    </message>
    <message>
        <source>Enter the name or address alone: %1. %2</source>
        <translation>Geben Sie nur den Namen oder die Adresse ein: %1. %2</translation>
    </message>
    <message>
        <source>it is longer than 253 characters</source>
        <translation>die Angabe ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>it has an empty part between dots</source>
        <translation>die Angabe hat einen leeren Abschnitt zwischen zwei Punkten</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is longer than 63 characters</source>
        <translation>der Abschnitt „%1“ ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>der Abschnitt „%1“ beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <source>it contains &quot;_&quot;, which an internet host name cannot have</source>
        <translation>die Angabe enthält „_“, das in einem Internet-Hostnamen nicht vorkommen darf</translation>
    </message>
    <message>
        <source>No host name or address given.</source>
        <translation>Es wurde kein Hostname und keine Adresse angegeben.</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>die Angabe enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>die Angabe enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>die Angabe enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>it starts with a scheme (&quot;%1://&quot;)</source>
        <translation>die Angabe beginnt mit einem Schema („%1://“)</translation>
    </message>
    <message>
        <source>it contains a user name (&quot;…@&quot;)</source>
        <translation>die Angabe enthält einen Benutzernamen („…@“)</translation>
    </message>
    <message>
        <source>it contains a path (&quot;/&quot;)</source>
        <translation>die Angabe enthält einen Pfad („/“)</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot;, which no host name or address has (a shell could read it as a command)</source>
        <translation>die Angabe enthält „%1“, was in keinem Hostnamen und keiner Adresse vorkommt (eine Shell könnte es als Befehl auslegen)</translation>
    </message>
    <message>
        <source>it ends in a port (&quot;:%1&quot;)</source>
        <translation>die Angabe endet mit einem Port („:%1“)</translation>
    </message>
    <message>
        <source>an address is written without [ ]</source>
        <translation>Adressen werden ohne [ ] angegeben</translation>
    </message>
    <message>
        <source>Enter it as %1.</source>
        <translation>Geben Sie sie als %1 ein.</translation>
    </message>
    <message>
        <source>it is not a valid IPv6 address</source>
        <translation>die Angabe ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>it is not a valid IPv4 address (four numbers from 0 to 255, like 203.0.113.10)</source>
        <translation>die Angabe ist keine gültige IPv4-Adresse (vier Zahlen von 0 bis 255, etwa 203.0.113.10)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database user name this tool can check.</source>
        <translation>„%1“ ist kein Datenbankbenutzername, den dieses Werkzeug prüfen kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database name this tool can check.</source>
        <translation>„%1“ ist kein Datenbankname, den dieses Werkzeug prüfen kann.</translation>
    </message>
    <message>
        <source>Use at most 63 letters, digits and _ . - @ $ (no spaces or quotes), or leave it empty to skip the access-rule check.</source>
        <translation>Verwenden Sie höchstens 63 Buchstaben, Ziffern und _ . - @ $ (keine Leerzeichen oder Anführungszeichen), oder lassen Sie das Feld leer, um die Prüfung der Zugriffsregeln zu überspringen.</translation>
    </message>
    <message>
        <source>sshd does not let %1 open tunnels, but the tunnel user&apos;s tunnel reached the database in the self-test (step 5): Stitch&apos;s path works.</source>
        <translation>sshd lässt %1 keine Tunnel öffnen, aber der Tunnel des Tunnelbenutzers hat die Datenbank im Selbsttest (Schritt 5) erreicht: Stitchs Weg funktioniert.</translation>
    </message>
    <message>
        <source>Logging in with ssh-agent is not available on Windows.</source>
        <translation>Die Anmeldung mit ssh-agent ist unter Windows nicht verfügbar.</translation>
    </message>
    <message>
        <source>Choose a key file or a password.</source>
        <translation>Wählen Sie eine Schlüsseldatei oder ein Passwort.</translation>
    </message>
    <message>
        <source>Cannot write the playbook to %1.</source>
        <translation>Das Playbook kann nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Ansible host pattern.</source>
        <translation>„%1“ ist kein Ansible-Host-Muster.</translation>
    </message>
    <message>
        <source>Give a group or host name from your inventory, or a pattern such as all or webservers:!staging (no braces).</source>
        <translation>Geben Sie einen Gruppen- oder Hostnamen aus Ihrem Inventar an oder ein Muster wie all oder webservers:!staging (ohne geschweifte Klammern).</translation>
    </message>
    <message>
        <source>The playbook needs the Stitch public key.</source>
        <translation>Für das Playbook wird der öffentliche Stitch-Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose a report file in a folder that exists and that you can write to. Nothing was sent to the server.</source>
        <translation>Wählen Sie eine Berichtsdatei in einem vorhandenen Ordner, in den Sie schreiben dürfen. An den Server wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>Das ist ein Ordner.</translation>
    </message>
    <message>
        <source>it is not writable.</source>
        <translation>Sie ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Nothing was changed: Stitch&apos;s key for %1 is in place with other options than this run would write, and the database target %2 fails step 2. The key line and the firewall were kept as they are.</source>
        <translation>Nichts wurde geändert: Stitchs Schlüssel für %1 steht mit anderen Optionen bereit, als dieser Lauf schreiben würde, und das Datenbankziel %2 besteht Schritt 2 nicht. Die Schlüsselzeile und die Firewall bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Correct the database host, port or type (step 2), then apply again.</source>
        <translation>Korrigieren Sie Datenbank-Host, -Port oder -Typ (Schritt 2) und wenden Sie die Änderungen erneut an.</translation>
    </message>
    <message>
        <source>An earlier Stitch key this tool installed, %1, still opens the tunnel for %2.</source>
        <translation>Ein früherer Stitch-Schlüssel, den dieses Werkzeug installiert hat, %1, öffnet den Tunnel für %2 noch immer.</translation>
    </message>
    <message>
        <source>Apply again (without keeping old keys) to replace it by the current key, or remove it once Stitch uses the new one.</source>
        <translation>Wenden Sie die Änderungen erneut an (ohne alte Schlüssel zu behalten), um ihn durch den aktuellen Schlüssel zu ersetzen, oder entfernen Sie ihn, sobald Stitch den neuen verwendet.</translation>
    </message>
    <message>
        <source>%1 has uid %2, above UID_MAX (%3): not an ordinary account.</source>
        <translation>%1 hat die UID %2, über UID_MAX (%3): kein gewöhnliches Konto.</translation>
    </message>
    <message>
        <source>%1 is in the group %2, whose members can become root or read what only root may.</source>
        <translation>%1 ist in der Gruppe %2, deren Mitglieder root werden oder lesen können, was nur root darf.</translation>
    </message>
    <message>
        <source>Connect, verify the host key, log in and check administrator rights.</source>
        <translation>Verbinden, den Host-Schlüssel prüfen, anmelden und die Administratorrechte prüfen.</translation>
    </message>
    <message>
        <source>Inspect all five steps on the server; change nothing.</source>
        <translation>Alle fünf Schritte auf dem Server prüfen; nichts ändern.</translation>
    </message>
    <message>
        <source>Do steps 1 and 4, verify every step, run the end-to-end self-test.</source>
        <translation>Schritte 1 und 4 ausführen, jeden Schritt prüfen, den End-to-End-Selbsttest ausführen.</translation>
    </message>
    <message>
        <source>Take Stitch&apos;s access away again: every Stitch key this tool installed, the sshd settings of --fix-sshd, and with options the account and the firewall rules.</source>
        <translation>Stitchs Zugang wieder entfernen: jeden Stitch-Schlüssel, den dieses Werkzeug installiert hat, die sshd-Einstellungen von --fix-sshd und mit Optionen das Konto und die Firewall-Regeln.</translation>
    </message>
    <message>
        <source>Print a POSIX sh script doing steps 1 and 4, to run by hand.</source>
        <translation>Ein POSIX-sh-Skript für die Schritte 1 und 4 ausgeben, zum Ausführen von Hand.</translation>
    </message>
    <message>
        <source>Write an Ansible playbook doing what apply does, for every host of an inventory.</source>
        <translation>Ein Ansible-Playbook schreiben, das tut, was apply tut, für jeden Host eines Inventars.</translation>
    </message>
    <message>
        <source>%1 have no effect with %2.</source>
        <translation>%1 haben bei %2 keine Wirkung.</translation>
    </message>
    <message>
        <source>Leave them out.</source>
        <translation>Lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>The firewall rules this run had added were taken back (%1).</source>
        <translation>Die Firewall-Regeln, die dieser Lauf hinzugefügt hatte, wurden zurückgenommen (%1).</translation>
    </message>
    <message>
        <source>Firewall rules this tool added here, by its record in /var/lib/stitch-tunnel/record: %1. Removing Stitch access with its firewall rules takes out exactly these.</source>
        <translation>Firewall-Regeln, die dieses Werkzeug hier hinzugefügt hat, laut seinem Protokoll in /var/lib/stitch-tunnel/record: %1. Das Entfernen des Stitch-Zugangs mit seinen Firewall-Regeln nimmt genau diese heraus.</translation>
    </message>
    <message>
        <source>After sshd was reloaded with the settings for %1, %2. The change was taken out of sshd&apos;s configuration again, but sshd could not be reloaded: the sshd that runs now keeps the settings for %1 until it restarts. Your open session was not affected.</source>
        <translation>Nachdem sshd mit den Einstellungen für %1 neu geladen wurde, %2. Die Änderung wurde wieder aus der Konfiguration von sshd entfernt, aber sshd konnte nicht neu geladen werden: Der laufende sshd behält die Einstellungen für %1, bis er neu startet. Ihre offene Sitzung war nicht betroffen.</translation>
    </message>
    <message>
        <source>Reload sshd on the server (systemctl reload ssh), then look at sshd&apos;s log for why the login failed.</source>
        <translation>Laden Sie sshd auf dem Server neu (systemctl reload ssh) und sehen Sie dann im Protokoll von sshd nach, warum die Anmeldung fehlschlug.</translation>
    </message>
    <message>
        <source>%1 may run commands as root with doas (/etc/doas.conf).</source>
        <translation>%1 darf mit doas Befehle als root ausführen (/etc/doas.conf).</translation>
    </message>
    <message>
        <source>%1 is in the group %2, which the polkit rules in %3 give administrator rights.</source>
        <translation>%1 ist in der Gruppe %2, der die polkit-Regeln in %3 Administratorrechte geben.</translation>
    </message>
    <message>
        <source>%1&apos;s home %2 belongs to %3, not to %1: the tool would change another account&apos;s folder.</source>
        <translation>Das Home-Verzeichnis %2 von %1 gehört %3, nicht %1: Das Werkzeug würde den Ordner eines anderen Kontos ändern.</translation>
    </message>
    <message>
        <source>Give %1 a home of its own (usermod -m -d /home/%1 %1), or choose a dedicated tunnel user name, such as stitch.</source>
        <translation>Geben Sie %1 ein eigenes Home-Verzeichnis (usermod -m -d /home/%1 %1) oder wählen Sie einen eigenen Tunnel-Benutzernamen, etwa stitch.</translation>
    </message>
    <message>
        <source>Cannot read %1 from standard input.</source>
        <translation>%1 kann nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>Pipe the secret in, or give a file.</source>
        <translation>Leiten Sie das Geheimnis per Pipe ein oder geben Sie eine Datei an.</translation>
    </message>
    <message>
        <source>(standard input)</source>
        <translation>(Standardeingabe)</translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>Passwort für %1@%2: </translation>
    </message>
    <message>
        <source>Use --password-file FILE, the variable STITCH_TUNNEL_PASSWORD, --identity FILE or --agent (at a terminal, the tool asks for the password).</source>
        <translation>Verwenden Sie --password-file DATEI, die Variable STITCH_TUNNEL_PASSWORD, --identity DATEI oder --agent (an einem Terminal fragt das Werkzeug nach dem Passwort).</translation>
    </message>
    <message>
        <source>Could not read the password from the terminal.</source>
        <translation>Das Passwort konnte nicht vom Terminal gelesen werden.</translation>
    </message>
    <message>
        <source>Give it with --password-file FILE (- reads standard input) or the variable STITCH_TUNNEL_PASSWORD.</source>
        <translation>Geben Sie es mit --password-file DATEI (- liest die Standardeingabe) oder der Variablen STITCH_TUNNEL_PASSWORD an.</translation>
    </message>
    <message>
        <source>Stopped at the password prompt.</source>
        <translation>An der Passwortabfrage angehalten.</translation>
    </message>
    <message>
        <source>Run the command again when you are ready.</source>
        <translation>Führen Sie den Befehl erneut aus, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Write it like &quot;keepSshOpenFrom&quot;: [&quot;203.0.113.0/24&quot;], or [].</source>
        <translation>Schreiben Sie es wie &quot;keepSshOpenFrom&quot;: [&quot;203.0.113.0/24&quot;] oder [].</translation>
    </message>
    <message>
        <source>your address %1</source>
        <translation>Ihre Adresse %1</translation>
    </message>
    <message>
        <source>Turning on ufw blocks every incoming connection except SSH (port %1) from %2 and Stitch&apos;s addresses.</source>
        <translation>Das Einschalten von ufw sperrt jede eingehende Verbindung außer SSH (Port %1) von %2 und den Adressen von Stitch.</translation>
    </message>
    <message>
        <source>These TCP ports listen now and will be closed to other machines: %1.</source>
        <translation>Diese TCP-Ports lauschen jetzt und werden für andere Rechner gesperrt: %1.</translation>
    </message>
    <message>
        <source>SSH sessions are open now from %1; new logins from there will be refused.</source>
        <translation>Gerade sind SSH-Sitzungen von %1 offen; neue Anmeldungen von dort werden abgewiesen.</translation>
    </message>
    <message>
        <source>Keep SSH open to another network with --keep-ssh-from CIDR, and allow the other services (ufw allow PORT/tcp) before you apply, or leave the firewall off and allow Stitch in your cloud firewall.</source>
        <translation>Halten Sie SSH mit --keep-ssh-from CIDR für ein weiteres Netz offen und erlauben Sie die anderen Dienste (ufw allow PORT/tcp), bevor Sie anwenden, oder lassen Sie die Firewall aus und erlauben Sie Stitch in Ihrer Cloud-Firewall.</translation>
    </message>
    <message>
        <source>--region has no effect with --allow-ip: the addresses given replace the region&apos;s list.</source>
        <translation>--region hat bei --allow-ip keine Wirkung: Die angegebenen Adressen ersetzen die Liste der Region.</translation>
    </message>
    <message>
        <source>--show-commands has no effect with --json: the JSON report always holds the commands.</source>
        <translation>--show-commands hat bei --json keine Wirkung: Der JSON-Bericht enthält die Befehle immer.</translation>
    </message>
    <message>
        <source>--accept-new-host-key has no effect with --host-key-fingerprint, which accepts a new key only if it matches.</source>
        <translation>--accept-new-host-key hat bei --host-key-fingerprint keine Wirkung, denn diese Option nimmt einen neuen Schlüssel nur an, wenn er übereinstimmt.</translation>
    </message>
    <message>
        <source>--host &quot;%1&quot; is not a host name or address: --host takes the name alone.</source>
        <translation>--host „%1“ ist kein Hostname und keine Adresse: --host erwartet nur den Namen.</translation>
    </message>
    <message>
        <source>Write it as --host HOST --port N --login USER.</source>
        <translation>Schreiben Sie es als --host HOST --port N --login USER.</translation>
    </message>
    <message>
        <source>Write it as %1.</source>
        <translation>Schreiben Sie es als %1.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <source>Run stitch-tunnel --help for the options.</source>
        <translation>Die Optionen zeigt stitch-tunnel --help.</translation>
    </message>
    <message>
        <source>Did you mean --%1? Run stitch-tunnel --help for the options.</source>
        <translation>Meinten Sie --%1? Die Optionen zeigt stitch-tunnel --help.</translation>
    </message>
    <message>
        <source>%1 takes no value (got %2).</source>
        <translation>%1 nimmt keinen Wert an (erhalten: %2).</translation>
    </message>
    <message>
        <source>Give %1 alone.</source>
        <translation>Geben Sie %1 ohne Wert an.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Give %1 %2.</source>
        <translation>Geben Sie %1 %2 an.</translation>
    </message>
    <message>
        <source>Usage: stitch-tunnel %1 [options]</source>
        <translation>Aufruf: stitch-tunnel %1 [Optionen]</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>Sets up and verifies an SSH tunnel for Stitch on a Linux server.</source>
        <translation>Richtet einen SSH-Tunnel für Stitch auf einem Linux-Server ein und prüft ihn.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>This help; help COMMAND shows one command&apos;s options, with examples.</source>
        <translation>Diese Hilfe; help BEFEHL zeigt die Optionen eines Befehls, mit Beispielen.</translation>
    </message>
    <message>
        <source>Secrets are never taken from the command line: use --password-file,
--sudo-password-file, --identity with --passphrase-file, ssh-agent (--agent), or the
environment variables STITCH_TUNNEL_PASSWORD and STITCH_TUNNEL_SUDO_PASSWORD.
Without a sudo password, the login password is used for sudo.</source>
        <translation>Geheimnisse werden nie von der Befehlszeile genommen: Verwenden Sie --password-file,
--sudo-password-file, --identity mit --passphrase-file, ssh-agent (--agent) oder die
Umgebungsvariablen STITCH_TUNNEL_PASSWORD und STITCH_TUNNEL_SUDO_PASSWORD.
Ohne sudo-Passwort wird das Anmeldepasswort für sudo verwendet.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 a check failed,
            2 usage error or a local file problem (secret, key or report file),
            3 connection, host-key or authentication error (sudo included),
            130 stopped by Ctrl-C (a change under way is finished first).
With --json, errors (usage errors too) are one JSON object on stdout.</source>
        <translation>Exit-Codes: 0 ok, 1 eine Prüfung ist fehlgeschlagen,
            2 Aufruffehler oder Problem mit einer lokalen Datei (Geheimnis, Schlüssel, Bericht),
            3 Verbindungs-, Host-Schlüssel- oder Anmeldefehler (sudo eingeschlossen),
            130 mit Strg-C abgebrochen (eine laufende Änderung wird zuerst abgeschlossen).
Mit --json sind Fehler (auch Aufruffehler) ein JSON-Objekt auf der Standardausgabe.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Also write the report to FILE (.md or .json).</source>
        <translation>Den Bericht auch in FILE schreiben (.md oder .json).</translation>
    </message>
    <message>
        <source>Also print the exact commands apply runs (or would run).</source>
        <translation>Auch die genauen Befehle ausgeben, die apply ausführt (oder ausführen würde).</translation>
    </message>
    <message>
        <source>SSH server name or address.</source>
        <translation>Name oder Adresse des SSH-Servers.</translation>
    </message>
    <message>
        <source>SSH port (default 22).</source>
        <translation>SSH-Port (Standard 22).</translation>
    </message>
    <message>
        <source>User name to log in with.</source>
        <translation>Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <source>Seconds to wait for the server (default 10).</source>
        <translation>Sekunden, die auf den Server gewartet wird (Standard 10).</translation>
    </message>
    <message>
        <source>File holding the login password (- reads standard input).</source>
        <translation>Datei mit dem Anmeldepasswort (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>Private key file to log in with.</source>
        <translation>Private Schlüsseldatei für die Anmeldung.</translation>
    </message>
    <message>
        <source>File holding the passphrase of the --identity key (- reads standard input).</source>
        <translation>Datei mit der Passphrase des Schlüssels von --identity (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>Log in with the keys in ssh-agent.</source>
        <translation>Mit den Schlüsseln in ssh-agent anmelden.</translation>
    </message>
    <message>
        <source>File holding the sudo password (- reads standard input).</source>
        <translation>Datei mit dem sudo-Passwort (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>Known-hosts file to use instead of the app&apos;s own.</source>
        <translation>Known-hosts-Datei, die statt der eigenen des Programms verwendet wird.</translation>
    </message>
    <message>
        <source>Trust and save the host key of a server never seen before.</source>
        <translation>Dem Host-Schlüssel eines bisher unbekannten Servers vertrauen und ihn speichern.</translation>
    </message>
    <message>
        <source>Trust a new server only if its host key has this fingerprint.</source>
        <translation>Einem neuen Server nur vertrauen, wenn sein Host-Schlüssel diesen Fingerabdruck hat.</translation>
    </message>
    <message>
        <source>Stitch data pipeline region: north-america (default) or europe.</source>
        <translation>Region der Stitch-Datenpipeline: north-america (Standard) oder europe.</translation>
    </message>
    <message>
        <source>Allow this address/CIDR instead of the region&apos;s list (repeatable).</source>
        <translation>Diese Adresse/diesen CIDR-Bereich statt der Liste der Region erlauben (wiederholbar).</translation>
    </message>
    <message>
        <source>File with the Stitch public key (- reads standard input).</source>
        <translation>Datei mit dem öffentlichen Schlüssel von Stitch (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>The Stitch public key itself.</source>
        <translation>Der öffentliche Schlüssel von Stitch selbst.</translation>
    </message>
    <message>
        <source>Linux user for Stitch (default stitch).</source>
        <translation>Linux-Benutzer für Stitch (Standard stitch).</translation>
    </message>
    <message>
        <source>postgresql (default), mysql, sqlserver, oracle or mongodb.</source>
        <translation>postgresql (Standard), mysql, sqlserver, oracle oder mongodb.</translation>
    </message>
    <message>
        <source>Database host as the SSH server sees it (default localhost).</source>
        <translation>Datenbank-Host, wie der SSH-Server ihn sieht (Standard localhost).</translation>
    </message>
    <message>
        <source>Database port (default: the type&apos;s).</source>
        <translation>Datenbank-Port (Standard: der des Datenbanktyps).</translation>
    </message>
    <message>
        <source>The database user Stitch logs in as: step 2 then checks that the database&apos;s access rules admit the SSH server (PostgreSQL: pg_hba.conf, without a password).</source>
        <translation>Der Datenbankbenutzer, als der Stitch sich anmeldet: Schritt 2 prüft dann, ob die Zugriffsregeln der Datenbank den SSH-Server zulassen (PostgreSQL: pg_hba.conf, ohne Passwort).</translation>
    </message>
    <message>
        <source>The database Stitch reads (default: PostgreSQL takes the user&apos;s name).</source>
        <translation>Die Datenbank, die Stitch liest (Standard: PostgreSQL nimmt den Namen des Benutzers).</translation>
    </message>
    <message>
        <source>Stitch connects to the database with SSL (checks hostssl lines).</source>
        <translation>Stitch verbindet sich mit SSL zur Datenbank (prüft hostssl-Zeilen).</translation>
    </message>
    <message>
        <source>SSH Host for Stitch: the server&apos;s public DNS name or address, when Stitch reaches it otherwise than --host (default: --host). Shown as stitch.ssh_host in --json.</source>
        <translation>SSH Host für Stitch: der öffentliche DNS-Name oder die öffentliche Adresse des Servers, wenn Stitch ihn anders als über --host erreicht (Standard: --host). In --json als stitch.ssh_host angegeben.</translation>
    </message>
    <message>
        <source>Skip the end-to-end self-test.</source>
        <translation>Den End-to-End-Selbsttest auslassen.</translation>
    </message>
    <message>
        <source>Turn on ufw if no firewall is active (your address is allowed first).</source>
        <translation>ufw einschalten, wenn keine Firewall aktiv ist (Ihre Adresse wird zuerst erlaubt).</translation>
    </message>
    <message>
        <source>With --enable-firewall: also keep SSH open to this address/CIDR, e.g. your office network (repeatable).</source>
        <translation>Mit --enable-firewall: SSH auch für diese Adresse/diesen CIDR-Bereich offen halten, z. B. Ihr Büronetz (wiederholbar).</translation>
    </message>
    <message>
        <source>Also accept the Stitch key only from Stitch&apos;s addresses (from=).</source>
        <translation>Den Stitch-Schlüssel zusätzlich nur von den Adressen von Stitch annehmen (from=).</translation>
    </message>
    <message>
        <source>Add the Stitch key without the tunnel-only options (it could then run commands and open any tunnel); only if you need that.</source>
        <translation>Den Stitch-Schlüssel ohne die Nur-Tunnel-Optionen hinzufügen (er könnte dann Befehle ausführen und beliebige Tunnel öffnen); nur, wenn Sie das brauchen.</translation>
    </message>
    <message>
        <source>Use the tunnel user even though it exists already and this tool did not create it.</source>
        <translation>Den Tunnelbenutzer verwenden, obwohl er schon existiert und nicht von diesem Werkzeug angelegt wurde.</translation>
    </message>
    <message>
        <source>apply: keep the Stitch keys this tool installed earlier for the tunnel user beside the new one (by default a new key replaces them).</source>
        <translation>apply: Die Stitch-Schlüssel, die dieses Werkzeug früher für den Tunnelbenutzer installiert hat, neben dem neuen behalten (standardmäßig ersetzt ein neuer Schlüssel sie).</translation>
    </message>
    <message>
        <source>playbook: the Ansible host pattern the play runs on (default all).</source>
        <translation>playbook: das Ansible-Host-Muster, auf dem das Play läuft (Standard all).</translation>
    </message>
    <message>
        <source>playbook: write the playbook to FILE instead of standard output (-).</source>
        <translation>playbook: das Playbook in FILE statt auf die Standardausgabe (-) schreiben.</translation>
    </message>
    <message>
        <source>remove: also delete the user and group, if this tool created them.</source>
        <translation>remove: auch Benutzer und Gruppe löschen, wenn dieses Werkzeug sie angelegt hat.</translation>
    </message>
    <message>
        <source>remove: also delete the firewall rules this tool added.</source>
        <translation>remove: auch die Firewall-Regeln löschen, die dieses Werkzeug hinzugefügt hat.</translation>
    </message>
    <message>
        <source>%1 needs a value (got %2).</source>
        <translation>%1 braucht einen Wert (erhalten: %2).</translation>
    </message>
    <message>
        <source>Give %1 %2, then %3 with its own value.</source>
        <translation>Geben Sie %1 %2 an, dann %3 mit seinem eigenen Wert.</translation>
    </message>
    <message>
        <source>The report file must end in .md or .json.</source>
        <translation>Die Berichtsdatei muss auf .md oder .json enden.</translation>
    </message>
    <message>
        <source>Use e.g. --report stitch-tunnel-report.md</source>
        <translation>Verwenden Sie z. B. --report stitch-tunnel-report.md</translation>
    </message>
    <message>
        <source>There is no help on &quot;%1&quot;.</source>
        <translation>Zu „%1“ gibt es keine Hilfe.</translation>
    </message>
    <message>
        <source>The commands are: %1.</source>
        <translation>Die Befehle sind: %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Run stitch-tunnel connect --host HOST --login USER …; see --help.</source>
        <translation>Führen Sie stitch-tunnel connect --host HOST --login USER … aus; siehe --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after the command %2.</source>
        <translation>Unerwartetes Argument „%1“ nach dem Befehl %2.</translation>
    </message>
    <message>
        <source>Values go after their option (see stitch-tunnel help %1).</source>
        <translation>Werte stehen hinter ihrer Option (siehe stitch-tunnel help %1).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen von: %1.</translation>
    </message>
    <message>
        <source>Did you mean %1? The commands are: %2.</source>
        <translation>Meinten Sie %1? Die Befehle sind: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported database type.</source>
        <translation>„%1“ ist kein unterstützter Datenbanktyp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>Give --db-port a number from 1 to 65535.</source>
        <translation>Geben Sie bei --db-port eine Zahl von 1 bis 65535 an.</translation>
    </message>
    <message>
        <source>--db-name and --db-ssl describe Stitch&apos;s database login, which needs --db-user.</source>
        <translation>--db-name und --db-ssl beschreiben die Datenbankanmeldung von Stitch, die --db-user braucht.</translation>
    </message>
    <message>
        <source>Add --db-user USER (the user Stitch logs in as).</source>
        <translation>Fügen Sie --db-user USER hinzu (den Benutzer, als der Stitch sich anmeldet).</translation>
    </message>
    <message>
        <source>Only one option can read standard input (-), not %1.</source>
        <translation>Nur eine Option kann die Standardeingabe (-) lesen, nicht %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Give the others as files.</source>
        <translation>Geben Sie die anderen als Dateien an.</translation>
    </message>
    <message>
        <source>Give the public key once: --public-key or --public-key-file.</source>
        <translation>Geben Sie den öffentlichen Schlüssel nur einmal an: --public-key oder --public-key-file.</translation>
    </message>
    <message>
        <source>Remove one of the two options.</source>
        <translation>Entfernen Sie eine der beiden Optionen.</translation>
    </message>
    <message>
        <source>Cannot read the public key file %1.</source>
        <translation>Die Datei %1 mit dem öffentlichen Schlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Save Stitch&apos;s public key to a file and check the path.</source>
        <translation>Speichern Sie den öffentlichen Schlüssel von Stitch in einer Datei und prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The public key file %1 is empty.</source>
        <translation>Die Datei %1 mit dem öffentlichen Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>Save Stitch&apos;s public key (Integration settings → SSH Tunnel) into it, then run again.</source>
        <translation>Speichern Sie den öffentlichen Schlüssel von Stitch (Einstellungen der Integration → SSH Tunnel) darin und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>--keep-ssh-from needs --enable-firewall.</source>
        <translation>--keep-ssh-from braucht --enable-firewall.</translation>
    </message>
    <message>
        <source>Add --enable-firewall, or leave out --keep-ssh-from (with a firewall already on, allow those addresses in it yourself).</source>
        <translation>Fügen Sie --enable-firewall hinzu oder lassen Sie --keep-ssh-from weg (ist schon eine Firewall aktiv, erlauben Sie diese Adressen selbst darin).</translation>
    </message>
    <message>
        <source>--key-from-stitch-only and --unrestricted-key contradict each other.</source>
        <translation>--key-from-stitch-only und --unrestricted-key widersprechen sich.</translation>
    </message>
    <message>
        <source>Give at most one of them.</source>
        <translation>Geben Sie höchstens eine davon an.</translation>
    </message>
    <message>
        <source>Give --port a number from 1 to 65535 (SSH is usually 22).</source>
        <translation>Geben Sie bei --port eine Zahl von 1 bis 65535 an (SSH ist meist 22).</translation>
    </message>
    <message>
        <source>No SSH server given.</source>
        <translation>Kein SSH-Server angegeben.</translation>
    </message>
    <message>
        <source>Add --host with the server&apos;s name or address.</source>
        <translation>Fügen Sie --host mit dem Namen oder der Adresse des Servers hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name: it has a space in it.</source>
        <translation>„%1“ ist kein Servername: Er enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>Give --host the server&apos;s name or address alone.</source>
        <translation>Geben Sie bei --host nur den Namen oder die Adresse des Servers an.</translation>
    </message>
    <message>
        <source>No login user given.</source>
        <translation>Kein Anmeldebenutzer angegeben.</translation>
    </message>
    <message>
        <source>Add --login with the user you log in to the server with.</source>
        <translation>Fügen Sie --login mit dem Benutzer hinzu, mit dem Sie sich am Server anmelden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid timeout.</source>
        <translation>„%1“ ist keine gültige Wartezeit.</translation>
    </message>
    <message>
        <source>Give --connect-timeout a whole number of seconds from 1 to 600.</source>
        <translation>Geben Sie bei --connect-timeout eine ganze Zahl von Sekunden von 1 bis 600 an.</translation>
    </message>
    <message>
        <source>Choose one way to log in: --password-file, --identity or --agent.</source>
        <translation>Wählen Sie eine Art der Anmeldung: --password-file, --identity oder --agent.</translation>
    </message>
    <message>
        <source>Remove the extra login options.</source>
        <translation>Entfernen Sie die überzähligen Anmeldeoptionen.</translation>
    </message>
    <message>
        <source>--agent is not available on Windows; use --identity.</source>
        <translation>--agent ist unter Windows nicht verfügbar; verwenden Sie --identity.</translation>
    </message>
    <message>
        <source>Give the private key file with --identity FILE (and --passphrase-file if it has a passphrase).</source>
        <translation>Geben Sie die private Schlüsseldatei mit --identity FILE an (und --passphrase-file, wenn sie eine Passphrase hat).</translation>
    </message>
    <message>
        <source>--passphrase-file needs --identity.</source>
        <translation>--passphrase-file braucht --identity.</translation>
    </message>
    <message>
        <source>Add --identity with the private key file.</source>
        <translation>Fügen Sie --identity mit der privaten Schlüsseldatei hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA256 host key fingerprint.</source>
        <translation>„%1“ ist kein SHA256-Fingerabdruck eines Host-Schlüssels.</translation>
    </message>
    <message>
        <source>Copy it as `ssh-keygen -lf` prints it: SHA256:…</source>
        <translation>Kopieren Sie ihn so, wie `ssh-keygen -lf` ihn ausgibt: SHA256:…</translation>
    </message>
    <message>
        <source>known</source>
        <comment>host key</comment>
        <translation>bekannt</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>host key</comment>
        <translation>geändert</translation>
    </message>
    <message>
        <source>new, saved</source>
        <comment>host key</comment>
        <translation>neu, gespeichert</translation>
    </message>
    <message>
        <source>new</source>
        <comment>host key</comment>
        <translation>neu</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>finding</comment>
        <translation>ok</translation>
    </message>
    <message>
        <source>WARN</source>
        <comment>finding</comment>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <comment>finding</comment>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>step</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warn</source>
        <comment>step</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>step</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>step</comment>
        <translation>geändert</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>step</comment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>commands (as root):</source>
        <translation>Befehle (als root):</translation>
    </message>
    <message>
        <source>cloud firewall rules to paste:</source>
        <translation>Cloud-Firewall-Regeln zum Einfügen:</translation>
    </message>
    <message>
        <source>Enter in Stitch (Encryption Type: SSH Tunnel):</source>
        <translation>In Stitch eintragen (Encryption Type: SSH Tunnel):</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed on the server.</source>
        <translation>Abgebrochen; auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <source>some checks failed; see %1 above.</source>
        <translation>einige Prüfungen sind fehlgeschlagen; siehe %1 oben.</translation>
    </message>
    <message>
        <source>Beyond the tunnel, sshd lets %1 forward Unix-domain sockets, which no key option can forbid: Stitch&apos;s key could make a socket on the server (ssh -R /path:…) that local programs could connect through to the key&apos;s holder. The sshd fix closes that for %1 alone.</source>
        <translation>Über den Tunnel hinaus erlaubt sshd %1, Unix-Domain-Sockets weiterzuleiten, was keine Schlüsseloption verbieten kann: Der Schlüssel von Stitch könnte auf dem Server einen Socket anlegen (ssh -R /path:…), über den lokale Programme sich mit dem Inhaber des Schlüssels verbinden könnten. Die sshd-Anpassung schließt das nur für %1.</translation>
    </message>
    <message>
        <source>Check that --sudo-password-file (or STITCH_TUNNEL_SUDO_PASSWORD, whichever you used) holds %1&apos;s own password, not root&apos;s; without either, the login password is used for sudo.</source>
        <translation>Prüfen Sie, dass --sudo-password-file (oder STITCH_TUNNEL_SUDO_PASSWORD, je nachdem, was Sie verwendet haben) das eigene Passwort von %1 enthält, nicht das von root; ohne beides wird das Anmeldepasswort für sudo verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Stitch data pipeline region.</source>
        <translation>&quot;%1&quot; ist keine Region der Stitch-Datenpipeline.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable IP range: %2.</source>
        <translation>&quot;%1&quot; ist kein brauchbarer IP-Bereich: %2.</translation>
    </message>
    <message>
        <source>expected ADDRESS or ADDRESS/PREFIX</source>
        <translation>erwartet wird ADRESSE oder ADRESSE/PRÄFIX</translation>
    </message>
    <message>
        <source>the address is not an IPv4 or IPv6 address</source>
        <translation>die Adresse ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>the prefix must be a number from 0 to %1</source>
        <translation>das Präfix muss eine Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>/%1 would open the SSH port to a huge part of the internet</source>
        <translation>/%1 würde den SSH-Port für einen großen Teil des Internets öffnen</translation>
    </message>
    <message>
        <source>bits are set after the prefix (did you mean %1/%2?)</source>
        <translation>nach dem Präfix sind Bits gesetzt (meinten Sie %1/%2?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Linux user name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Linux-Benutzername.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a system or administrator account and must not be used for Stitch&apos;s tunnel.</source>
        <translation>&quot;%1&quot; ist ein System- oder Administratorkonto und darf nicht für den Tunnel von Stitch verwendet werden.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (%2).</source>
        <translation>Der Servername %1 wurde nicht gefunden (%2).</translation>
    </message>
    <message>
        <source>There is no network route to %1%2.</source>
        <translation>Es gibt keinen Netzwerkweg zu %1%2.</translation>
    </message>
    <message>
        <source>Could not connect to %1%2.</source>
        <translation>Keine Verbindung zu %1%2 möglich.</translation>
    </message>
    <message>
        <source>Set &quot;AllowStreamLocalForwarding no&quot; in a &quot;Match User %1&quot; block of sshd_config, check it with sshd -t, then reload sshd.</source>
        <translation>Setzen Sie &quot;AllowStreamLocalForwarding no&quot; in einem Block &quot;Match User %1&quot; der sshd_config, prüfen Sie ihn mit sshd -t und laden Sie sshd dann neu.</translation>
    </message>
    <message>
        <source>%1 has the login shell %2, so its other keys and its password can run commands.</source>
        <translation>%1 hat die Login-Shell %2, daher können seine anderen Schlüssel und sein Passwort Befehle ausführen.</translation>
    </message>
    <message>
        <source>Apply the changes: an adopted account holds Stitch&apos;s tunnel only, so the tool gives it a shell that runs nothing (removing Stitch access gives %1 back).</source>
        <translation>Wenden Sie die Änderungen an: Ein übernommenes Konto hält nur den Tunnel von Stitch, daher gibt das Werkzeug ihm eine Shell, die nichts ausführt (das Entfernen des Stitch-Zugangs gibt %1 zurück).</translation>
    </message>
    <message>
        <source>Check that the folder of %1 is writable, or give a known-hosts file you can write with --known-hosts FILE.</source>
        <translation>Prüfen Sie, ob der Ordner von %1 beschreibbar ist, oder geben Sie mit --known-hosts DATEI eine Known-hosts-Datei an, die Sie schreiben können.</translation>
    </message>
    <message>
        <source>Check that the folder is writable, or use a known-hosts file that can be written.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar ist, oder verwenden Sie eine Known-hosts-Datei, die geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Run remove again with --remove-firewall-rules.</source>
        <translation>Führen Sie remove erneut mit --remove-firewall-rules aus.</translation>
    </message>
    <message>
        <source>The firewall rules this tool added stay (by its record: %1): Stitch&apos;s addresses can still reach the SSH port.</source>
        <translation>Die Firewall-Regeln, die dieses Werkzeug hinzugefügt hat, bleiben (laut seinem Protokoll: %1): Die Adressen von Stitch erreichen den SSH-Port weiterhin.</translation>
    </message>
    <message>
        <source>Remove Stitch access again with its firewall rules to take them out.</source>
        <translation>Entfernen Sie den Stitch-Zugriff erneut mit seinen Firewall-Regeln, um sie herauszunehmen.</translation>
    </message>
    <message>
        <source>The server did not say which address you connect from, so the self-test&apos;s temporary key was not limited to it (only to the tunnel and ten minutes; it is removed after the test).</source>
        <translation>Der Server hat nicht mitgeteilt, von welcher Adresse Sie sich verbinden, daher wurde der temporäre Schlüssel des Selbsttests nicht darauf beschränkt (nur auf den Tunnel und zehn Minuten; er wird nach dem Test entfernt).</translation>
    </message>
    <message>
        <source>See whether your login shell&apos;s startup files on the server (.bashrc, .profile) stop early or print a lot; the transcript shows what the server sent.</source>
        <translation>Prüfen Sie, ob die Startdateien Ihrer Login-Shell auf dem Server (.bashrc, .profile) vorzeitig abbrechen oder viel ausgeben; das Protokoll zeigt, was der Server gesendet hat.</translation>
    </message>
    <message>
        <source>The server did not say which address you connect from, so the tool will not turn ufw on: it could not allow your own address first and could lock you out.</source>
        <translation>Der Server hat nicht mitgeteilt, von welcher Adresse Sie sich verbinden, daher schaltet das Werkzeug ufw nicht ein: Es könnte Ihre eigene Adresse nicht zuerst zulassen und Sie aussperren.</translation>
    </message>
    <message>
        <source>Allow your own address in ufw and turn it on by hand, or find out why your login shell&apos;s startup files hide it (the transcript shows what the server sent at login).</source>
        <translation>Lassen Sie Ihre eigene Adresse in ufw zu und schalten Sie es von Hand ein, oder finden Sie heraus, warum die Startdateien Ihrer Login-Shell sie verbergen (das Protokoll zeigt, was der Server bei der Anmeldung gesendet hat).</translation>
    </message>
    <message>
        <source>sshd reads keys from no file this tool may write (AuthorizedKeysFile: %1): each is outside the home, in a folder that is missing or that other accounts can change.</source>
        <translation>sshd liest Schlüssel aus keiner Datei, die dieses Werkzeug schreiben darf (AuthorizedKeysFile: %1): Jede liegt außerhalb des Home-Verzeichnisses in einem Ordner, der fehlt oder den andere Konten ändern können.</translation>
    </message>
    <message>
        <source>sshd takes keys from the program %1 (AuthorizedKeysCommand) and from no file this tool may write (AuthorizedKeysFile: %2); a key that program hands out is not one this tool can install or remove.</source>
        <translation>sshd bezieht Schlüssel vom Programm %1 (AuthorizedKeysCommand) und aus keiner Datei, die dieses Werkzeug schreiben darf (AuthorizedKeysFile: %2); einen Schlüssel, den dieses Programm ausgibt, kann das Werkzeug weder einrichten noch entfernen.</translation>
    </message>
    <message>
        <source>Add Stitch&apos;s key where that program reads keys from, or name a file under the home or in a folder only root can change in AuthorizedKeysFile (e.g. &quot;AuthorizedKeysFile .ssh/authorized_keys&quot;), reload sshd and apply again.</source>
        <translation>Hinterlegen Sie den Schlüssel von Stitch dort, wo dieses Programm Schlüssel liest, oder nennen Sie in AuthorizedKeysFile eine Datei im Home-Verzeichnis oder in einem Ordner, den nur root ändern kann (z. B. „AuthorizedKeysFile .ssh/authorized_keys“), laden Sie sshd neu und wenden Sie die Änderungen erneut an.</translation>
    </message>
    <message>
        <source>%1 has mode %2; it should be %3 (sshd reads it as %4).</source>
        <translation>%1 hat den Modus %2; er sollte %3 sein (sshd liest die Datei als %4).</translation>
    </message>
    <message>
        <source>sshd reads %1&apos;s keys from %2 (AuthorizedKeysFile): that is where Stitch&apos;s key goes.</source>
        <translation>sshd liest die Schlüssel von %1 aus %2 (AuthorizedKeysFile): Dorthin kommt der Schlüssel von Stitch.</translation>
    </message>
    <message>
        <source>sshd also reads %1, whose folder is missing or can be changed by other accounts: the tool does not write there.</source>
        <translation>sshd liest auch %1, dessen Ordner fehlt oder von anderen Konten geändert werden kann: Dort schreibt das Werkzeug nicht.</translation>
    </message>
    <message>
        <source>%1 does not have the SELinux label sshd may read, so sshd ignores the keys in it.</source>
        <translation>%1 hat nicht die SELinux-Kennzeichnung, die sshd lesen darf, daher ignoriert sshd die Schlüssel darin.</translation>
    </message>
    <message>
        <source>Apply the changes (they run restorecon -F %1), or run it yourself.</source>
        <translation>Wenden Sie die Änderungen an (sie führen restorecon -F %1 aus), oder führen Sie es selbst aus.</translation>
    </message>
    <message>
        <source>Run apply again (without --no-self-test) to prove the tunnel works.</source>
        <translation>Führen Sie apply erneut aus (ohne --no-self-test), um zu prüfen, dass der Tunnel funktioniert.</translation>
    </message>
    <message>
        <source>sudo on the server requires a terminal (requiretty), so it cannot be used by a tool. Nothing was changed.</source>
        <translation>sudo verlangt auf dem Server ein Terminal (requiretty) und kann daher nicht von einem Werkzeug verwendet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>sudo on the server asks for %1&apos;s password, but none was given. Nothing was changed.</source>
        <translation>sudo fragt auf dem Server nach dem Passwort von %1, aber es wurde keines angegeben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Read sshd&apos;s log on the server while Stitch connects, and say whether Stitch got in and, if not, why (read-only).</source>
        <translation>Das Protokoll von sshd auf dem Server lesen, während Stitch sich verbindet, und sagen, ob Stitch hineingekommen ist und, falls nicht, warum (nur lesend).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of minutes.</source>
        <translation>„%1“ ist keine Anzahl von Minuten.</translation>
    </message>
    <message>
        <source>Give --minutes a number from 0.05 to 60.</source>
        <translation>Geben Sie bei --minutes eine Zahl von 0.05 bis 60 an.</translation>
    </message>
    <message>
        <source>Stopped; nothing from Stitch was seen yet.</source>
        <translation>Abgebrochen; von Stitch war noch nichts zu sehen.</translation>
    </message>
    <message>
        <source>Read sshd&apos;s log</source>
        <translation>Protokoll von sshd lesen</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>logged in as %1, but the tunnel to %2 was refused</source>
        <translation>als %1 angemeldet, aber der Tunnel zu %2 wurde abgelehnt</translation>
    </message>
    <message>
        <source>logged in as %1 with the installed key</source>
        <translation>als %1 mit dem eingerichteten Schlüssel angemeldet</translation>
    </message>
    <message>
        <source>logged in as %1 with another key (%2)</source>
        <translation>als %1 mit einem anderen Schlüssel angemeldet (%2)</translation>
    </message>
    <message>
        <source>its key was refused</source>
        <translation>sein Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>its %1 key is not accepted by this sshd</source>
        <translation>sein %1-Schlüssel wird von diesem sshd nicht akzeptiert</translation>
    </message>
    <message>
        <source>sshd does not let %1 in (%2)</source>
        <translation>sshd lässt %1 nicht hinein (%2)</translation>
    </message>
    <message>
        <source>sshd ignores the key file (%1)</source>
        <translation>sshd ignoriert die Schlüsseldatei (%1)</translation>
    </message>
    <message>
        <source>tried the user %1, which does not exist here</source>
        <translation>hat es mit dem Benutzer %1 versucht, den es hier nicht gibt</translation>
    </message>
    <message>
        <source>connected and left without logging in</source>
        <translation>verbunden und ohne Anmeldung wieder getrennt</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>sshd&apos;s log was not found on the server (no -E file, no journald, no /var/log/auth.log or /var/log/secure).</source>
        <translation>Das Protokoll von sshd wurde auf dem Server nicht gefunden (keine -E-Datei, kein journald, kein /var/log/auth.log oder /var/log/secure).</translation>
    </message>
    <message>
        <source>Let sshd log to syslog or journald, then watch again.</source>
        <translation>Lassen Sie sshd in syslog oder journald protokollieren und beobachten Sie dann erneut.</translation>
    </message>
    <message>
        <source>sshd logs at LogLevel %1: it does not log logins, so the tool cannot see whether Stitch got in.</source>
        <translation>sshd protokolliert mit LogLevel %1: Anmeldungen werden nicht protokolliert, daher kann das Werkzeug nicht sehen, ob Stitch hineingekommen ist.</translation>
    </message>
    <message>
        <source>Set &quot;LogLevel VERBOSE&quot; in sshd_config, check it with sshd -t, reload sshd, and watch again.</source>
        <translation>Setzen Sie „LogLevel VERBOSE“ in sshd_config, prüfen Sie es mit sshd -t, laden Sie sshd neu und beobachten Sie erneut.</translation>
    </message>
    <message>
        <source>Stitch logged in from %1, but asked for a tunnel to %2, which the key does not allow (it allows %3).</source>
        <translation>Stitch hat sich von %1 angemeldet, aber einen Tunnel zu %2 verlangt, den der Schlüssel nicht erlaubt (er erlaubt %3).</translation>
    </message>
    <message>
        <source>In Stitch&apos;s form, Host (Endpoint) and Port must be exactly those the tool showed (%1); or apply again with the database Stitch uses.</source>
        <translation>Im Formular von Stitch müssen Host (Endpoint) und Port genau die sein, die das Werkzeug angezeigt hat (%1); oder wenden Sie die Änderungen erneut mit der Datenbank an, die Stitch verwendet.</translation>
    </message>
    <message>
        <source>A login from %1 as %2, not as %3.</source>
        <translation>Eine Anmeldung von %1 als %2, nicht als %3.</translation>
    </message>
    <message>
        <source>In Stitch&apos;s form, SSH User must be %1.</source>
        <translation>Im Formular von Stitch muss SSH User %1 sein.</translation>
    </message>
    <message>
        <source>Stitch got in: it logged in from %1 as %2 with the key installed (%3), and sshd refused no tunnel.</source>
        <translation>Stitch ist hineingekommen: Es hat sich von %1 als %2 mit dem eingerichteten Schlüssel (%3) angemeldet, und sshd hat keinen Tunnel abgelehnt.</translation>
    </message>
    <message>
        <source>A login from %1 as %2 with a key (%3) other than the one this tool installed (%4).</source>
        <translation>Eine Anmeldung von %1 als %2 mit einem Schlüssel (%3), der nicht der von diesem Werkzeug eingerichtete ist (%4).</translation>
    </message>
    <message>
        <source>Find out whose key that is: only Stitch&apos;s should open the tunnel.</source>
        <translation>Finden Sie heraus, wem dieser Schlüssel gehört: Nur der von Stitch sollte den Tunnel öffnen.</translation>
    </message>
    <message>
        <source>sshd dropped Stitch&apos;s session from %1 as not responding.</source>
        <translation>sshd hat die Sitzung von Stitch von %1 als nicht antwortend beendet.</translation>
    </message>
    <message>
        <source>Set &quot;ClientAliveInterval 60&quot; and &quot;ClientAliveCountMax 3&quot; in a &quot;Match User %1&quot; block of sshd_config and reload sshd.</source>
        <translation>Setzen Sie „ClientAliveInterval 60“ und „ClientAliveCountMax 3“ in einem „Match User %1“-Block der sshd_config und laden Sie sshd neu.</translation>
    </message>
    <message>
        <source>sshd refused Stitch&apos;s %1 key from %2: this sshd does not accept %1 signatures (PubkeyAcceptedAlgorithms).</source>
        <translation>sshd hat den %1-Schlüssel von Stitch von %2 abgelehnt: Dieser sshd akzeptiert keine %1-Signaturen (PubkeyAcceptedAlgorithms).</translation>
    </message>
    <message>
        <source>Add &quot;PubkeyAcceptedAlgorithms +%1&quot; in a &quot;Match User %2&quot; block of sshd_config and reload sshd, or have Stitch use another key type.</source>
        <translation>Fügen Sie „PubkeyAcceptedAlgorithms +%1“ in einem „Match User %2“-Block der sshd_config hinzu und laden Sie sshd neu, oder lassen Sie Stitch einen anderen Schlüsseltyp verwenden.</translation>
    </message>
    <message>
        <source>sshd did not let %1 in from %2: %3.</source>
        <translation>sshd hat %1 von %2 nicht hineingelassen: %3.</translation>
    </message>
    <message>
        <source>Apply again with the sshd fix (--fix-sshd), which admits %1 alone.</source>
        <translation>Wenden Sie die Änderungen erneut mit der sshd-Anpassung (--fix-sshd) an, die nur %1 zulässt.</translation>
    </message>
    <message>
        <source>sshd ignored the key for a login from %1: %2.</source>
        <translation>sshd hat den Schlüssel bei einer Anmeldung von %1 ignoriert: %2.</translation>
    </message>
    <message>
        <source>Apply again: it sets the owners and modes sshd wants.</source>
        <translation>Wenden Sie die Änderungen erneut an: Das setzt die Besitzer und Modi, die sshd verlangt.</translation>
    </message>
    <message>
        <source>A login from %1 tried the user %2, which does not exist on this server.</source>
        <translation>Eine Anmeldung von %1 hat es mit dem Benutzer %2 versucht, den es auf diesem Server nicht gibt.</translation>
    </message>
    <message>
        <source>sshd refused the key a login from %1 as %2 offered: it is not the one installed (%3).</source>
        <translation>sshd hat den Schlüssel abgelehnt, den eine Anmeldung von %1 als %2 angeboten hat: Es ist nicht der eingerichtete (%3).</translation>
    </message>
    <message>
        <source>sshd refused the key a login from %1 as %2 offered (%3); the key installed is %4.</source>
        <translation>sshd hat den Schlüssel abgelehnt, den eine Anmeldung von %1 als %2 angeboten hat (%3); eingerichtet ist %4.</translation>
    </message>
    <message>
        <source>Copy the public key from Stitch&apos;s connection settings (SSH Tunnel) again, apply with it, and let Stitch try again.</source>
        <translation>Kopieren Sie den öffentlichen Schlüssel erneut aus den Verbindungseinstellungen von Stitch (SSH Tunnel), wenden Sie die Änderungen damit an und lassen Sie Stitch es erneut versuchen.</translation>
    </message>
    <message>
        <source>Allow Stitch&apos;s addresses to port %1 in your cloud or network firewall (check shows the rules to paste), make sure SSH Host and SSH Port in Stitch&apos;s form are this server&apos;s public address and port %1, and start Stitch&apos;s connection check again.</source>
        <translation>Lassen Sie die Adressen von Stitch in Ihrer Cloud- oder Netzwerk-Firewall an Port %1 zu (check zeigt die Regeln zum Einfügen), stellen Sie sicher, dass SSH Host und SSH Port im Formular von Stitch die öffentliche Adresse dieses Servers und Port %1 sind, und starten Sie die Verbindungsprüfung von Stitch erneut.</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>Confirming administrator rights (sudo) for %1…</source>
        <translation>Administratorrechte (sudo) für %1 werden bestätigt…</translation>
    </message>
    <message>
        <source>Inspecting the server (read-only)…</source>
        <translation>Der Server wird untersucht (nur lesend)…</translation>
    </message>
    <message>
        <source>Reaching the database at %1 through the SSH server…</source>
        <translation>Die Datenbank unter %1 wird über den SSH-Server erreicht…</translation>
    </message>
    <message>
        <source>Applying steps 1 and 4 on the server, then verifying them…</source>
        <translation>Die Schritte 1 und 4 werden auf dem Server angewendet und dann geprüft…</translation>
    </message>
    <message>
        <source>Adjusting sshd&apos;s settings for %1…</source>
        <translation>Die sshd-Einstellungen für %1 werden angepasst…</translation>
    </message>
    <message>
        <source>Self-test: logging in as %1 with a temporary key…</source>
        <translation>Selbsttest: Anmeldung als %1 mit einem temporären Schlüssel…</translation>
    </message>
    <message>
        <source>Self-test: opening the tunnel to %1 as %2…</source>
        <translation>Selbsttest: Der Tunnel zu %1 wird als %2 geöffnet…</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Erwartet:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>sshd drops new connections once %1 are waiting to log in (MaxStartups): scanners on the internet can keep Stitch out.</source>
        <translation>sshd verwirft neue Verbindungen, sobald %1 auf die Anmeldung warten (MaxStartups): Scanner aus dem Internet können Stitch aussperren.</translation>
    </message>
    <message>
        <source>Raise MaxStartups in sshd_config (the default is 10:30:100), then reload sshd.</source>
        <translation>Erhöhen Sie MaxStartups in sshd_config (Standard ist 10:30:100) und laden Sie sshd dann neu.</translation>
    </message>
    <message>
        <source>Watching sshd&apos;s log on %1 for Stitch (user %2) for %3. Start Stitch&apos;s connection check now; Ctrl-C stops.</source>
        <translation>Beobachte das Protokoll von sshd auf %1 %3 lang auf Stitch (Benutzer %2). Starten Sie jetzt die Verbindungsprüfung von Stitch; Strg-C bricht ab.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Nothing from Stitch&apos;s addresses (%1) reached sshd in %2.</source>
        <translation>Von den Adressen von Stitch (%1) hat in %2 nichts sshd erreicht.</translation>
    </message>
    <message>
        <source>Turn on ufw, allowing your address %1 on SSH first. %2</source>
        <translation>ufw einschalten und dabei zuerst Ihre Adresse %1 für SSH zulassen. %2</translation>
    </message>
    <message>
        <source>Allow Stitch&apos;s addresses %1 on TCP port %2 in %3 (rules tagged &quot;stitch-tunnel&quot;).</source>
        <translation>Stitchs Adressen %1 an TCP-Port %2 in %3 zulassen (Regeln mit der Markierung „stitch-tunnel“).</translation>
    </message>
    <message>
        <source>Create %1 (mode %2).</source>
        <translation>%1 anlegen (Modus %2).</translation>
    </message>
    <message>
        <source>Set the mode of %1 to %2 (it is %3).</source>
        <translation>Den Modus von %1 auf %2 setzen (er ist %3).</translation>
    </message>
    <message>
        <source>Restore the SELinux label of %1 (restorecon).</source>
        <translation>Das SELinux-Label von %1 wiederherstellen (restorecon).</translation>
    </message>
    <message>
        <source>%1&apos;s authorized_keys</source>
        <translation>die authorized_keys von %1</translation>
    </message>
    <message>
        <source>Create the user %1, without a password and with a shell that runs nothing: it can hold a tunnel, not run commands.</source>
        <translation>Den Benutzer %1 anlegen, ohne Passwort und mit einer Shell, die nichts ausführt: Er kann einen Tunnel halten, aber keine Befehle ausführen.</translation>
    </message>
    <message>
        <source>Put Stitch&apos;s key in %1, allowed to open a tunnel to %2 and nothing else.</source>
        <translation>Stitchs Schlüssel in %1 eintragen; er darf einen Tunnel zu %2 öffnen und sonst nichts.</translation>
    </message>
    <message>
        <source>Give %1 a shell that runs nothing instead of %2 (removing Stitch access gives it back).</source>
        <translation>%1 statt %2 eine Shell geben, die nichts ausführt (das Entfernen des Stitch-Zugriffs gibt sie zurück).</translation>
    </message>
    <message>
        <source>Make %1 writable by %2 only (chmod go-w).</source>
        <translation>%1 nur für %2 beschreibbar machen (chmod go-w).</translation>
    </message>
    <message>
        <source>Add Stitch&apos;s key to %1 on a line of its own, allowed to open a tunnel to %2 and nothing else.</source>
        <translation>Stitchs Schlüssel in einer eigenen Zeile zu %1 hinzufügen; er darf einen Tunnel zu %2 öffnen und sonst nichts.</translation>
    </message>
    <message>
        <source>Rewrite the line of Stitch&apos;s key in %1 so that it allows a tunnel to %2 and nothing else (other lines stay as they are).</source>
        <translation>Die Zeile von Stitchs Schlüssel in %1 neu schreiben, sodass sie einen Tunnel zu %2 erlaubt und sonst nichts (andere Zeilen bleiben, wie sie sind).</translation>
    </message>
    <message>
        <source>Take the older Stitch key %1 out of %2: a new key replaces it.</source>
        <translation>Den älteren Stitch-Schlüssel %1 aus %2 entfernen: Ein neuer Schlüssel ersetzt ihn.</translation>
    </message>
    <message>
        <source>Unlock %1 for key logins only (usermod -p &apos;*&apos;).</source>
        <translation>%1 nur für Anmeldungen per Schlüssel entsperren (usermod -p &apos;*&apos;).</translation>
    </message>
    <message>
        <source>Add sshd settings that let %1 in and allow its tunnel (a &quot;Match User %1&quot; block, for this user only), check them and reload sshd; they are taken out again if a fresh login as you or as %1 then fails. Open sessions stay open.</source>
        <translation>sshd-Einstellungen hinzufügen, die %1 hereinlassen und seinen Tunnel erlauben (ein „Match User %1“-Block, nur für diesen Benutzer), sie prüfen und sshd neu laden; sie werden wieder entfernt, falls danach eine neue Anmeldung als Sie oder als %1 fehlschlägt. Offene Sitzungen bleiben offen.</translation>
    </message>
    <message>
        <source>Add a temporary self-test key to %1 for at most ten minutes, open the tunnel with it as Stitch would, then remove it.</source>
        <translation>Einen temporären Selbsttest-Schlüssel für höchstens zehn Minuten zu %1 hinzufügen, damit den Tunnel öffnen, wie Stitch es tun würde, und ihn dann entfernen.</translation>
    </message>
    <message>
        <source>The server changed since the check, so what you confirmed is not what applying would do now. Nothing was changed.</source>
        <translation>Der Server hat sich seit der Prüfung geändert, daher würde das Anwenden jetzt nicht das tun, was Sie bestätigt haben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Check again, look at what will change, then apply.</source>
        <translation>Prüfen Sie erneut, sehen Sie sich an, was sich ändern wird, und wenden Sie die Änderungen dann an.</translation>
    </message>
    <message>
        <source>What applying would run now is not what you confirmed (the choices or the server changed since the check). Nothing was changed.</source>
        <translation>Was das Anwenden jetzt ausführen würde, ist nicht das, was Sie bestätigt haben (die Auswahl oder der Server hat sich seit der Prüfung geändert). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>North America (us-east-1)</source>
        <translation>Nordamerika (us-east-1)</translation>
    </message>
    <message>
        <source>Europe (eu-central-1)</source>
        <translation>Europa (eu-central-1)</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s pg_hba.conf admits %1 from %2 (it asks for a password: %3). This does not prove that the user exists or that its password is right: the tool never sends a database password. Stitch&apos;s own connection test checks them.</source>
        <translation>Die pg_hba.conf von PostgreSQL lässt %1 von %2 zu (sie verlangt ein Passwort: %3). Das beweist nicht, dass der Benutzer existiert oder sein Passwort stimmt: Das Werkzeug sendet nie ein Datenbank-Passwort. Das prüft Stitchs eigener Verbindungstest.</translation>
    </message>
    <message>
        <source>remove: turn ufw off again, if this tool turned it on (by the server&apos;s record).</source>
        <translation>remove: ufw wieder ausschalten, wenn dieses Werkzeug es eingeschaltet hat (laut Aufzeichnung des Servers).</translation>
    </message>
    <message>
        <source> Fix: %1</source>
        <translation> Abhilfe: %1</translation>
    </message>
    <message>
        <source>Stitch SSH tunnel diagnostics
</source>
        <translation>Stitch-SSH-Tunnel-Diagnose
</translation>
    </message>
    <message>
        <source>Made by %1.
</source>
        <translation>Erstellt von %1.
</translation>
    </message>
    <message>
        <source>Server: %1 port %2, login %3
</source>
        <translation>Server: %1 Port %2, Anmeldung als %3
</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>None.
</source>
        <translation>Keiner.
</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Transcript of remote commands</source>
        <translation>Protokoll der entfernten Befehle</translation>
    </message>
    <message>
        <source>No remote command ran yet.
</source>
        <translation>Es lief noch kein entfernter Befehl.
</translation>
    </message>
    <message>
        <source>Stitch SSH Tunnel Wizard %1 on %2 (%3), %4 UTC</source>
        <translation>Stitch SSH-Tunnel-Assistent %1 auf %2 (%3), %4 UTC</translation>
    </message>
    <message>
        <source>Made by %1.

</source>
        <translation>Erstellt von %1.

</translation>
    </message>
    <message>
        <source>## Last error

%1

</source>
        <translation>## Letzter Fehler

%1

</translation>
    </message>
    <message>
        <source>*Fix:* %1

</source>
        <translation>*Abhilfe:* %1

</translation>
    </message>
    <message>
        <source>
## Appendix: the commands of each step

</source>
        <translation>
## Anhang: die Befehle jedes Schritts

</translation>
    </message>
    <message>
        <source>ufw was not turned on by this tool (the server&apos;s record does not say so), so it is not turned off: it may protect more than Stitch&apos;s access. Nothing was changed.</source>
        <translation>ufw wurde nicht von diesem Werkzeug eingeschaltet (die Aufzeichnung des Servers sagt das nicht), daher wird es nicht ausgeschaltet: Es schützt womöglich mehr als Stitchs Zugang. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Remove Stitch access without turning ufw off. If ufw should be off, turn it off yourself (sudo ufw disable).</source>
        <translation>Entfernen Sie Stitchs Zugriff, ohne ufw auszuschalten. Soll ufw aus sein, schalten Sie es selbst aus (sudo ufw disable).</translation>
    </message>
    <message>
        <source>This tool turned ufw on here; removing Stitch access leaves it on unless asked to turn it off again.</source>
        <translation>Dieses Werkzeug hat ufw hier eingeschaltet; beim Entfernen von Stitchs Zugriff bleibt es eingeschaltet, außer es soll wieder ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>Choices (a setup file: save this part as a .stitch-tunnel file to open it)</source>
        <translation>Auswahl (eine Einrichtungsdatei: diesen Teil als .stitch-tunnel-Datei speichern, um sie zu öffnen)</translation>
    </message>
    <message>
        <source>Open the setup file (.stitch-tunnel or .json) saved with &quot;Save setup…&quot;.</source>
        <translation>Öffnen Sie die Einrichtungsdatei (.stitch-tunnel oder .json), die mit „Einrichtung speichern …“ gespeichert wurde.</translation>
    </message>
    <message>
        <source>apply: if sshd&apos;s settings keep the tunnel user out (AllowUsers, AllowGroups, AllowTcpForwarding, DisableForwarding, PubkeyAuthentication; for an RSA key, ssh-rsa signatures refused), add a &quot;Match User&quot; block for it alone, check it with sshd -t and sshd -T, reload sshd, and take it out again unless a fresh admin login and the tunnel user&apos;s login (the self-test, which then always runs) both work. remove takes it out.</source>
        <translation>apply: Wenn die Einstellungen von sshd den Tunnelbenutzer aussperren (AllowUsers, AllowGroups, AllowTcpForwarding, DisableForwarding, PubkeyAuthentication; bei einem RSA-Schlüssel abgewiesene ssh-rsa-Signaturen), einen „Match User“-Block nur für ihn hinzufügen, ihn mit sshd -t und sshd -T prüfen, sshd neu laden und ihn wieder entfernen, außer eine neue Admin-Anmeldung und die Anmeldung des Tunnelbenutzers (der Selbsttest, der dann immer läuft) funktionieren beide. remove entfernt ihn.</translation>
    </message>
    <message>
        <source>Stitch&apos;s session from %1 was cut by the network after it had logged in (a reset or a timeout, not a logout): a NAT gateway or firewall between Stitch and this server may drop idle connections.</source>
        <translation>Stitchs Sitzung von %1 wurde nach der Anmeldung vom Netz getrennt (ein Reset oder eine Zeitüberschreitung, keine Abmeldung): Ein NAT-Gateway oder eine Firewall zwischen Stitch und diesem Server verwirft womöglich untätige Verbindungen.</translation>
    </message>
    <message>
        <source>Apply again with the sshd fix (--fix-sshd): it adds &quot;PubkeyAcceptedAlgorithms +ssh-rsa&quot; in a &quot;Match User %1&quot; block, for %1 alone, and reloads sshd.</source>
        <translation>Wenden Sie die Änderungen erneut mit der sshd-Korrektur an (--fix-sshd): Sie fügt „PubkeyAcceptedAlgorithms +ssh-rsa“ in einen „Match User %1“-Block ein, nur für %1, und lädt sshd neu.</translation>
    </message>
    <message>
        <source>Apply with the sshd fix (--fix-sshd): it accepts ssh-rsa signatures for %1 alone (&quot;PubkeyAcceptedAlgorithms +ssh-rsa&quot; in its Match block).</source>
        <translation>Wenden Sie die Änderungen mit der sshd-Korrektur an (--fix-sshd): Sie lässt ssh-rsa-Signaturen nur für %1 zu („PubkeyAcceptedAlgorithms +ssh-rsa“ in ihrem Match-Block).</translation>
    </message>
    <message>
        <source>Stitch&apos;s key is an RSA key: this sshd accepts it only when the client signs with rsa-sha2-256 or rsa-sha2-512, not with ssh-rsa (SHA-1). Whether Stitch&apos;s client does is not known here; watch tells once Stitch tries.</source>
        <translation>Stitchs Schlüssel ist ein RSA-Schlüssel: Dieser sshd nimmt ihn nur an, wenn der Client mit rsa-sha2-256 oder rsa-sha2-512 signiert, nicht mit ssh-rsa (SHA-1). Ob Stitchs Client das tut, ist hier nicht bekannt; watch zeigt es, sobald Stitch es versucht.</translation>
    </message>
    <message>
        <source>If watch reports &quot;key type ssh-rsa&quot; refused: %1</source>
        <translation>Falls watch meldet, dass „key type ssh-rsa“ abgewiesen wurde: %1</translation>
    </message>
    <message>
        <source>sshd does not accept RSA keys (PubkeyAcceptedAlgorithms has neither ssh-rsa nor rsa-sha2-256/512).</source>
        <translation>sshd nimmt keine RSA-Schlüssel an (PubkeyAcceptedAlgorithms enthält weder ssh-rsa noch rsa-sha2-256/512).</translation>
    </message>
    <message>
        <source>Add &quot;ClientAliveInterval 60&quot; and &quot;ClientAliveCountMax 3&quot; to a &quot;Match User %1&quot; block of sshd_config (or the tool&apos;s own block, when it wrote one), check with sshd -t and reload sshd: sshd then probes the idle tunnel every minute, which keeps NAT and firewalls from forgetting it.</source>
        <translation>Fügen Sie „ClientAliveInterval 60“ und „ClientAliveCountMax 3“ in einen „Match User %1“-Block von sshd_config ein (oder in den eigenen Block des Werkzeugs, falls es einen geschrieben hat), prüfen Sie mit sshd -t und laden Sie sshd neu: sshd prüft den untätigen Tunnel dann jede Minute, damit NAT und Firewalls ihn nicht vergessen.</translation>
    </message>
    <message>
        <source>sshd does not probe idle connections (ClientAliveInterval 0, OpenSSH&apos;s default). A tunnel that sits idle behind NAT or a firewall that drops idle connections can end without a word.</source>
        <translation>sshd prüft untätige Verbindungen nicht (ClientAliveInterval 0, die Vorgabe von OpenSSH). Ein Tunnel, der hinter NAT oder einer Firewall, die untätige Verbindungen verwirft, untätig bleibt, kann ohne jede Meldung enden.</translation>
    </message>
    <message>
        <source>If Stitch&apos;s tunnel drops when idle: %1</source>
        <translation>Falls Stitchs Tunnel abbricht, wenn er untätig ist: %1</translation>
    </message>
    <message>
        <source>Stopped after step 1 was applied and verified (see above).</source>
        <translation>Angehalten, nachdem Schritt 1 angewendet und überprüft wurde (siehe oben).</translation>
    </message>
    <message>
        <source>Optional, with a Stitch Connect API token: write the SSH values into a Stitch source and say what Stitch&apos;s own connection check found (--list shows the sources).</source>
        <translation>Optional, mit einem Token der Stitch Connect API: die SSH-Werte in eine Stitch-Quelle schreiben und sagen, was Stitchs eigene Verbindungsprüfung ergab (--list zeigt die Quellen).</translation>
    </message>
    <message>
        <source>watch: how long to watch for Stitch; stitch-source: how long to wait for Stitch&apos;s connection check. In minutes (default 10; at most 60).</source>
        <translation>watch: wie lange auf Stitch gewartet wird; stitch-source: wie lange auf Stitchs Verbindungsprüfung gewartet wird. In Minuten (Standard 10; höchstens 60).</translation>
    </message>
    <message>
        <source>stitch-source: file holding a Stitch Connect API token (ac_…), readable by you alone.</source>
        <translation>stitch-source: Datei mit einem Token der Stitch Connect API (ac_…), nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>stitch-source: the ID of the Stitch source (integration) to fill in.</source>
        <translation>stitch-source: die ID der Stitch-Quelle (Integration), die ausgefüllt wird.</translation>
    </message>
    <message>
        <source>stitch-source: list the account&apos;s sources and change nothing.</source>
        <translation>stitch-source: die Quellen des Kontos auflisten und nichts ändern.</translation>
    </message>
    <message>
        <source>stitch-source: the Connect API&apos;s address (default https://api.stitchdata.com; for tests).</source>
        <translation>stitch-source: die Adresse der Connect API (Standard https://api.stitchdata.com; für Tests).</translation>
    </message>
    <message>
        <source>stitch-source: also trust the CA certificates in this PEM file (a proxy that inspects HTTPS).</source>
        <translation>stitch-source: auch den CA-Zertifikaten in dieser PEM-Datei vertrauen (ein Proxy, der HTTPS untersucht).</translation>
    </message>
    <message>
        <source>stitch-source needs a Stitch Connect API token.</source>
        <translation>stitch-source braucht ein Token der Stitch Connect API.</translation>
    </message>
    <message>
        <source>Save the token (it starts with ac_) in a file only you can read (chmod 600) and give --token-file FILE.</source>
        <translation>Speichern Sie das Token (es beginnt mit ac_) in einer Datei, die nur Sie lesen können (chmod 600), und geben Sie --token-file DATEI an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address.</source>
        <translation>„%1“ ist keine https://-Adresse.</translation>
    </message>
    <message>
        <source>Give --api-url as https://HOST[:PORT], or leave it out for Stitch&apos;s own API.</source>
        <translation>Geben Sie --api-url als https://HOST[:PORT] an, oder lassen Sie es für Stitchs eigene API weg.</translation>
    </message>
    <message>
        <source>--list only lists the sources; %1 has no effect with it.</source>
        <translation>--list listet nur die Quellen auf; %1 hat damit keine Wirkung.</translation>
    </message>
    <message>
        <source>Leave out --list to write the values into a source, or leave out %1.</source>
        <translation>Lassen Sie --list weg, um die Werte in eine Quelle zu schreiben, oder lassen Sie %1 weg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source ID.</source>
        <translation>„%1“ ist keine Quellen-ID.</translation>
    </message>
    <message>
        <source>stitch-source needs --source-id or --list.</source>
        <translation>stitch-source braucht --source-id oder --list.</translation>
    </message>
    <message>
        <source>Give --source-id N (a number; stitch-tunnel stitch-source --token-file FILE --list shows them).</source>
        <translation>Geben Sie --source-id N an (eine Zahl; stitch-tunnel stitch-source --token-file DATEI --list zeigt sie).</translation>
    </message>
    <message>
        <source>No SSH Host for Stitch given.</source>
        <translation>Kein SSH Host für Stitch angegeben.</translation>
    </message>
    <message>
        <source>Add --host with the SSH server&apos;s name or address (or --public-host with the name Stitch reaches it by).</source>
        <translation>Geben Sie --host mit dem Namen oder der Adresse des SSH-Servers an (oder --public-host mit dem Namen, über den Stitch ihn erreicht).</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time. If your company&apos;s proxy inspects HTTPS, give its CA certificate (PEM) with --ca-file FILE.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers. Wenn der Proxy Ihrer Firma HTTPS untersucht, geben Sie sein CA-Zertifikat (PEM) mit --ca-file DATEI an.</translation>
    </message>
    <message>
        <source>  (not a database: no SSH tunnel)</source>
        <translation>  (keine Datenbank: kein SSH-Tunnel)</translation>
    </message>
    <message>
        <source>The account has no sources yet.</source>
        <translation>Das Konto hat noch keine Quellen.</translation>
    </message>
    <message>
        <source>Stitch said: %1</source>
        <translation>Stitch sagte: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>The Stitch account has no source %1.</source>
        <translation>Das Stitch-Konto hat keine Quelle %1.</translation>
    </message>
    <message>
        <source>Check --source-id: stitch-tunnel stitch-source --list shows the account&apos;s sources.</source>
        <translation>Prüfen Sie --source-id: stitch-tunnel stitch-source --list zeigt die Quellen des Kontos.</translation>
    </message>
    <message>
        <source>Source %1 (%2) is not a database: it has no SSH tunnel.</source>
        <translation>Quelle %1 (%2) ist keine Datenbank: Sie hat keinen SSH-Tunnel.</translation>
    </message>
    <message>
        <source>Give the ID of the database source (see --list).</source>
        <translation>Geben Sie die ID der Datenbank-Quelle an (siehe --list).</translation>
    </message>
    <message>
        <source>The token file %1 does not exist.</source>
        <translation>Die Token-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Save the Stitch API token in a file and give its path with --token-file.</source>
        <translation>Speichern Sie das Stitch-API-Token in einer Datei und geben Sie ihren Pfad mit --token-file an.</translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users.</source>
        <translation>Die Token-Datei %1 kann von anderen Benutzern gelesen oder geändert werden.</translation>
    </message>
    <message>
        <source>Run chmod 600 %1 (and consider making a new token in Stitch if others may have read it).</source>
        <translation>Führen Sie chmod 600 %1 aus (und erstellen Sie besser ein neues Token in Stitch, falls andere es gelesen haben könnten).</translation>
    </message>
    <message>
        <source>%1 (token file %2)</source>
        <translation>%1 (Token-Datei %2)</translation>
    </message>
    <message>
        <source>Stopped. Stitch may still run its check; see the source in Stitch.</source>
        <translation>Angehalten. Stitch führt seine Prüfung eventuell noch aus; sehen Sie sich die Quelle in Stitch an.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time. If your company&apos;s proxy inspects HTTPS, trust its CA certificate (PEM) as an extra CA file.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers. Wenn der Proxy Ihrer Firma HTTPS untersucht, vertrauen Sie seinem CA-Zertifikat (PEM) als zusätzlicher CA-Datei.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet connection and DNS.</source>
        <translation>Prüfen Sie die Internetverbindung und das DNS dieses Computers.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the internet connection, or whether a firewall here blocks HTTPS to %1.</source>
        <translation>Prüfen Sie die Internetverbindung, oder ob eine Firewall hier HTTPS zu %1 blockiert.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check the internet connection and try again; behind a proxy, check the system&apos;s proxy settings.</source>
        <translation>Prüfen Sie die Internetverbindung und versuchen Sie es erneut; hinter einem Proxy prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>The proxy of this computer&apos;s system settings could not take the request to %1.</source>
        <translation>Der Proxy aus den Systemeinstellungen dieses Computers konnte die Anfrage an %1 nicht weitergeben.</translation>
    </message>
    <message>
        <source>Check the system&apos;s proxy settings (or the http_proxy and https_proxy variables).</source>
        <translation>Prüfen Sie die Proxy-Einstellungen des Systems (oder die Variablen http_proxy und https_proxy).</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed.</source>
        <translation>Die sichere (TLS-)Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2.</source>
        <translation>Das TLS-Zertifikat von %1 wurde nicht akzeptiert: %2.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation>Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source> Stitch said: &quot;%1&quot;</source>
        <translation> Stitch sagte: „%1“</translation>
    </message>
    <message>
        <source>Stitch&apos;s Connect API refused the token (HTTP %1).</source>
        <translation>Stitchs Connect API hat das Token abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the token (made in Stitch&apos;s account settings; it starts with ac_); the Connect API needs an Advanced or Premium plan, or the trial.</source>
        <translation>Prüfen Sie das Token (erstellt in Stitchs Kontoeinstellungen; es beginnt mit ac_); die Connect API braucht einen Advanced- oder Premium-Tarif oder die Testphase.</translation>
    </message>
    <message>
        <source>Stitch has no %1 (HTTP 404).</source>
        <translation>Stitch kennt %1 nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the source ID against the account&apos;s list of sources.</source>
        <translation>Prüfen Sie die Quellen-ID anhand der Liste der Quellen des Kontos.</translation>
    </message>
    <message>
        <source>Stitch&apos;s Connect API still asks us to wait (HTTP 429, retry after %1 s).</source>
        <translation>Stitchs Connect API bittet weiterhin zu warten (HTTP 429, erneut nach %1 s).</translation>
    </message>
    <message>
        <source>Stitch&apos;s Connect API still asks us to wait (HTTP 429).</source>
        <translation>Stitchs Connect API bittet weiterhin zu warten (HTTP 429).</translation>
    </message>
    <message>
        <source>Wait a few minutes, then run it again.</source>
        <translation>Warten Sie einige Minuten und starten Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Stitch&apos;s Connect API had an error of its own (HTTP %1).</source>
        <translation>Stitchs Connect API hatte einen eigenen Fehler (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again later; https://status.stitchdata.com shows Stitch&apos;s outages.</source>
        <translation>Versuchen Sie es später erneut; https://status.stitchdata.com zeigt Stitchs Störungen.</translation>
    </message>
    <message>
        <source>Stitch&apos;s Connect API did not accept the request for %1 (HTTP %2).</source>
        <translation>Stitchs Connect API hat die Anfrage für %1 nicht angenommen (HTTP %2).</translation>
    </message>
    <message>
        <source>Check the values; if they are right, report it with Stitch&apos;s answer above.</source>
        <translation>Prüfen Sie die Werte; wenn sie stimmen, melden Sie es mit Stitchs Antwort oben.</translation>
    </message>
    <message>
        <source>Stitch got through the SSH tunnel, but the database refused its user or password.</source>
        <translation>Stitch ist durch den SSH-Tunnel gekommen, aber die Datenbank hat seinen Benutzer oder sein Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Check the database user and password in Stitch&apos;s form, and that this user may log in from the SSH server&apos;s address.</source>
        <translation>Prüfen Sie Datenbankbenutzer und Passwort in Stitchs Formular, und dass sich dieser Benutzer von der Adresse des SSH-Servers anmelden darf.</translation>
    </message>
    <message>
        <source>Stitch got through the SSH tunnel, but PostgreSQL&apos;s access rules (pg_hba.conf) have no line for a login from the SSH server.</source>
        <translation>Stitch ist durch den SSH-Tunnel gekommen, aber die Zugriffsregeln von PostgreSQL (pg_hba.conf) haben keine Zeile für eine Anmeldung vom SSH-Server.</translation>
    </message>
    <message>
        <source>Add a pg_hba.conf line for the database user from the SSH server&apos;s address (step 2 checks it when given the database user), then reload PostgreSQL.</source>
        <translation>Fügen Sie eine pg_hba.conf-Zeile für den Datenbankbenutzer von der Adresse des SSH-Servers hinzu (Schritt 2 prüft das, wenn der Datenbankbenutzer angegeben ist), und laden Sie PostgreSQL dann neu.</translation>
    </message>
    <message>
        <source>Stitch got through the SSH tunnel, but the database named in its form does not exist.</source>
        <translation>Stitch ist durch den SSH-Tunnel gekommen, aber die in seinem Formular genannte Datenbank existiert nicht.</translation>
    </message>
    <message>
        <source>Correct the database name in Stitch&apos;s form.</source>
        <translation>Korrigieren Sie den Datenbanknamen in Stitchs Formular.</translation>
    </message>
    <message>
        <source>Stitch got through the SSH tunnel, but nothing accepted the connection at the database host and port as the SSH server sees them.</source>
        <translation>Stitch ist durch den SSH-Tunnel gekommen, aber an Datenbank-Host und -Port, wie der SSH-Server sie sieht, hat nichts die Verbindung angenommen.</translation>
    </message>
    <message>
        <source>Check Host and Port in Stitch&apos;s form (as seen from the SSH server) and that the database listens there.</source>
        <translation>Prüfen Sie Host und Port in Stitchs Formular (vom SSH-Server aus gesehen) und dass die Datenbank dort lauscht.</translation>
    </message>
    <message>
        <source>The database did not answer Stitch in time.</source>
        <translation>Die Datenbank hat Stitch nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check that the SSH server can reach the database host and port (a firewall between them), and Host and Port in Stitch&apos;s form.</source>
        <translation>Prüfen Sie, dass der SSH-Server Datenbank-Host und -Port erreicht (eine Firewall dazwischen), sowie Host und Port in Stitchs Formular.</translation>
    </message>
    <message>
        <source>Stitch could not reach the SSH server in time: most likely a firewall drops Stitch&apos;s addresses, or SSH Host or Port is wrong.</source>
        <translation>Stitch hat den SSH-Server nicht rechtzeitig erreicht: Höchstwahrscheinlich verwirft eine Firewall Stitchs Adressen, oder SSH Host oder Port ist falsch.</translation>
    </message>
    <message>
        <source>Allow Stitch&apos;s addresses on the SSH port in the cloud or network firewall (step 1 shows the rules), and check SSH Host and Port in Stitch&apos;s form. Watching sshd&apos;s log while Stitch tries shows whether anything arrived.</source>
        <translation>Lassen Sie Stitchs Adressen am SSH-Port in der Cloud- oder Netzwerk-Firewall zu (Schritt 1 zeigt die Regeln), und prüfen Sie SSH Host und Port in Stitchs Formular. Das Beobachten des sshd-Logs, während Stitch es versucht, zeigt, ob etwas ankam.</translation>
    </message>
    <message>
        <source>The SSH server refused Stitch&apos;s key.</source>
        <translation>Der SSH-Server hat Stitchs Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>Check that the key installed for the SSH user is the one Stitch shows for this source, and the SSH User in Stitch&apos;s form. Watching sshd&apos;s log while Stitch tries tells why it was refused.</source>
        <translation>Prüfen Sie, dass der für den SSH-Benutzer installierte Schlüssel derjenige ist, den Stitch für diese Quelle zeigt, und den SSH User in Stitchs Formular. Das Beobachten des sshd-Logs, während Stitch es versucht, zeigt, warum er abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Stitch logged in to the SSH server, but the tunnel to the database was refused.</source>
        <translation>Stitch hat sich am SSH-Server angemeldet, aber der Tunnel zur Datenbank wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Check Host and Port in Stitch&apos;s form: the key only allows the tunnel to the database host and port this tool set up.</source>
        <translation>Prüfen Sie Host und Port in Stitchs Formular: Der Schlüssel erlaubt nur den Tunnel zu dem Datenbank-Host und -Port, den dieses Werkzeug eingerichtet hat.</translation>
    </message>
    <message>
        <source>Stitch could not open its SSH tunnel.</source>
        <translation>Stitch konnte seinen SSH-Tunnel nicht öffnen.</translation>
    </message>
    <message>
        <source>Check SSH Host, Port and User in Stitch&apos;s form; watching sshd&apos;s log while Stitch tries shows what the SSH server saw.</source>
        <translation>Prüfen Sie SSH Host, Port und User in Stitchs Formular; das Beobachten des sshd-Logs, während Stitch es versucht, zeigt, was der SSH-Server sah.</translation>
    </message>
    <message>
        <source>A host name in Stitch&apos;s form could not be found.</source>
        <translation>Ein Hostname in Stitchs Formular wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Check SSH Host (a public name or address) and Host (as the SSH server sees it) in Stitch&apos;s form.</source>
        <translation>Prüfen Sie SSH Host (ein öffentlicher Name oder eine öffentliche Adresse) und Host (wie der SSH-Server ihn sieht) in Stitchs Formular.</translation>
    </message>
    <message>
        <source>Stitch&apos;s connection check failed for a reason this tool does not recognise.</source>
        <translation>Stitchs Verbindungsprüfung ist aus einem Grund fehlgeschlagen, den dieses Werkzeug nicht kennt.</translation>
    </message>
    <message>
        <source>Read Stitch&apos;s message; watching sshd&apos;s log while Stitch tries shows what the SSH server saw.</source>
        <translation>Lesen Sie Stitchs Meldung; das Beobachten des sshd-Logs, während Stitch es versucht, zeigt, was der SSH-Server sah.</translation>
    </message>
    <message>
        <source>Stitch&apos;s connection check had not finished; not checked.</source>
        <translation>Stitchs Verbindungsprüfung war nicht fertig; nicht geprüft.</translation>
    </message>
    <message>
        <source>Run it again later, or look at the source in Stitch.</source>
        <translation>Starten Sie es später erneut, oder sehen Sie sich die Quelle in Stitch an.</translation>
    </message>
    <message>
        <source>Stitch&apos;s connection check succeeded: Stitch got in through the SSH tunnel and reached the database.</source>
        <translation>Stitchs Verbindungsprüfung war erfolgreich: Stitch ist durch den SSH-Tunnel hineingekommen und hat die Datenbank erreicht.</translation>
    </message>
    <message>
        <source>(Stitch gave no message; status &quot;%1&quot;)</source>
        <translation>(Stitch gab keine Meldung; Status „%1“)</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Give a readable PEM file with the CA certificate.</source>
        <translation>Geben Sie eine lesbare PEM-Datei mit dem CA-Zertifikat an.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Give the CA certificate in PEM form (-----BEGIN CERTIFICATE-----).</source>
        <translation>Geben Sie das CA-Zertifikat im PEM-Format an (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The Stitch API token is empty.</source>
        <translation>Das Stitch-API-Token ist leer.</translation>
    </message>
    <message>
        <source>Put the token (it starts with ac_) on the first line.</source>
        <translation>Schreiben Sie das Token (es beginnt mit ac_) in die erste Zeile.</translation>
    </message>
    <message>
        <source>This does not look like a Stitch Connect API token: those start with ac_ and have no spaces.</source>
        <translation>Das sieht nicht nach einem Token der Stitch Connect API aus: Diese beginnen mit ac_ und enthalten keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Copy the access token from Stitch&apos;s account settings again (not the import API token or a password).</source>
        <translation>Kopieren Sie das Zugriffstoken erneut aus Stitchs Kontoeinstellungen (nicht das Token der Import API und kein Passwort).</translation>
    </message>
    <message>
        <source>The Stitch API address %1 is not an https:// address.</source>
        <translation>Die Stitch-API-Adresse %1 ist keine https://-Adresse.</translation>
    </message>
    <message>
        <source>Give an https:// address: the token is never sent unencrypted.</source>
        <translation>Geben Sie eine https://-Adresse an: Das Token wird nie unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <source>connection check for this source</source>
        <translation>die Verbindungsprüfung dieser Quelle</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>list of sources</source>
        <translation>die Liste der Quellen</translation>
    </message>
    <message>
        <source>Stitch&apos;s Connect API answered with something that is not what its documentation describes: %1.</source>
        <translation>Stitchs Connect API hat etwas geantwortet, das nicht ihrer Dokumentation entspricht: %1.</translation>
    </message>
    <message>
        <source>Try again later; if it stays so, Stitch&apos;s API may have changed: report it with what it answered.</source>
        <translation>Versuchen Sie es später erneut; bleibt es so, hat sich Stitchs API vielleicht geändert: Melden Sie es mit ihrer Antwort.</translation>
    </message>
    <message>
        <source>the JSON does not parse (%1 at byte %2)</source>
        <translation>das JSON lässt sich nicht lesen (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the list of sources is not a JSON array</source>
        <translation>die Liste der Quellen ist kein JSON-Array</translation>
    </message>
    <message>
        <source>a source has no numeric &quot;id&quot;</source>
        <translation>eine Quelle hat keine numerische „id“</translation>
    </message>
    <message>
        <source>the connection check has no &quot;status&quot;</source>
        <translation>die Verbindungsprüfung hat keinen „status“</translation>
    </message>
    <message>
        <source>The request to %1 through the proxy %2 (from this computer&apos;s system settings) failed: %3.</source>
        <translation>Die Anfrage an %1 über den Proxy %2 (aus den Systemeinstellungen dieses Computers) ist fehlgeschlagen: %3.</translation>
    </message>
</context>
<context>
    <name>stitch::KeychainCredentialStore</name>
    <message>
        <source>The system&apos;s secure password storage is not available, so the password was not remembered. It will simply be asked again next time.</source>
        <translation>Der sichere Passwortspeicher des Systems ist nicht verfügbar, daher wurde das Passwort nicht gespeichert. Es wird beim nächsten Mal einfach erneut abgefragt.</translation>
    </message>
    <message>
        <source>The system&apos;s secure password storage is not available, so no remembered password can be used. The password will simply be asked again.</source>
        <translation>Der sichere Passwortspeicher des Systems ist nicht verfügbar, daher kann kein gespeichertes Passwort verwendet werden. Das Passwort wird einfach erneut abgefragt.</translation>
    </message>
    <message>
        <source>The system&apos;s secure password storage is not available, so a remembered password could not be forgotten.</source>
        <translation>Der sichere Passwortspeicher des Systems ist nicht verfügbar, daher konnte ein gespeichertes Passwort nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>stitch::setup</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Server wird geprüft …</translation>
    </message>
    <message>
        <source>Applying the changes and verifying them…</source>
        <translation>Änderungen werden angewendet und überprüft …</translation>
    </message>
    <message>
        <source>Removing Stitch&apos;s access…</source>
        <translation>Stitchs Zugriff wird entfernt …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
</context>
<context>
    <name>stitch::setup::ChangeSentences</name>
    <message>
        <source>Allowed your own address %1 on port %2.</source>
        <translation>Ihre eigene Adresse %1 an Port %2 zugelassen.</translation>
    </message>
    <message>
        <source>Allowed %1 on port %2 (kept open to SSH, as asked).</source>
        <translation>%1 an Port %2 zugelassen (bleibt wie gewünscht für SSH offen).</translation>
    </message>
    <message>
        <source>Turned on ufw.</source>
        <translation>ufw eingeschaltet.</translation>
    </message>
    <message>
        <source>%1 no longer allows %2 on port %3.</source>
        <translation>%1 lässt %2 an Port %3 nicht mehr zu.</translation>
    </message>
    <message>
        <source>%1 now allows %2 on port %3.</source>
        <translation>%1 lässt jetzt %2 an Port %3 zu.</translation>
    </message>
    <message>
        <source>Removed the Stitch key from %1.</source>
        <translation>Den Stitch-Schlüssel aus %1 entfernt.</translation>
    </message>
    <message>
        <source>Deleted the user %1.</source>
        <translation>Den Benutzer %1 gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>Die Gruppe %1 gelöscht.</translation>
    </message>
    <message>
        <source>Gave %1 its shell %2 back.</source>
        <translation>%1 hat seine Shell %2 zurückbekommen.</translation>
    </message>
    <message>
        <source>Removed the self-test key (%1 line(s)) from %2.</source>
        <translation>Den Selbsttest-Schlüssel (%1 Zeile(n)) aus %2 entfernt.</translation>
    </message>
    <message>
        <source>Wrote sshd settings that let %1 and its tunnel in (for %1 only) to %2, checked them with sshd -t and sshd -T, and reloaded sshd.</source>
        <translation>sshd-Einstellungen, die %1 und seinen Tunnel hereinlassen (nur für %1), nach %2 geschrieben, mit sshd -t und sshd -T geprüft und sshd neu geladen.</translation>
    </message>
    <message>
        <source>Created the group %1.</source>
        <translation>Die Gruppe %1 angelegt.</translation>
    </message>
    <message>
        <source>Created the user %1 with the shell %2 (it can hold a tunnel, not run commands).</source>
        <translation>Den Benutzer %1 mit der Shell %2 angelegt (er kann einen Tunnel halten, aber keine Befehle ausführen).</translation>
    </message>
    <message>
        <source>Gave %1 the shell %2 instead of %3: it holds Stitch&apos;s tunnel only (removing Stitch access gives %3 back).</source>
        <translation>%1 hat die Shell %2 statt %3 bekommen: Es hält nur Stitchs Tunnel (das Entfernen des Stitch-Zugangs gibt %3 zurück).</translation>
    </message>
    <message>
        <source>%1 is no longer writable by others (sshd&apos;s StrictModes).</source>
        <translation>%1 ist für andere nicht mehr schreibbar (StrictModes von sshd).</translation>
    </message>
    <message>
        <source>Replaced the Stitch key %1 by %2 in %3.</source>
        <translation>Den Stitch-Schlüssel %1 in %3 durch %2 ersetzt.</translation>
    </message>
    <message>
        <source>Rewrote the Stitch key&apos;s line in %1 with the options it needs.</source>
        <translation>Die Zeile des Stitch-Schlüssels in %1 mit den nötigen Optionen neu geschrieben.</translation>
    </message>
    <message>
        <source>Added the Stitch public key to %1.</source>
        <translation>Den öffentlichen Stitch-Schlüssel zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 may now log in with a key (the account was locked and UsePAM is off).</source>
        <translation>%1 darf sich jetzt mit einem Schlüssel anmelden (das Konto war gesperrt und UsePAM ist aus).</translation>
    </message>
    <message>
        <source>Removed %1, left behind by an interrupted earlier run.</source>
        <translation>%1 entfernt, das ein unterbrochener früherer Lauf hinterlassen hatte.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Turned off ufw.</source>
        <translation>ufw ausgeschaltet.</translation>
    </message>
    <message>
        <source>ufw no longer allows your own address %1 on port %2 (the rule added when ufw was turned on).</source>
        <translation>ufw erlaubt Ihre eigene Adresse %1 auf Port %2 nicht mehr (die Regel, die beim Einschalten von ufw hinzukam).</translation>
    </message>
    <message>
        <source>Removed the tunnel user&apos;s settings from %1.</source>
        <translation>Die Einstellungen des Tunnelbenutzers aus %1 entfernt.</translation>
    </message>
    <message>
        <source>Reloaded sshd.</source>
        <translation>sshd neu geladen.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>stitch::setup::ScriptTexts</name>
    <message>
        <source>%1 is not a folder of its own</source>
        <translation>%1 ist kein eigener Ordner</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine normale Datei</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>in %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to a temporary file: %2</source>
        <translation>%1 kann nicht in eine temporäre Datei kopiert werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot set the mode of %1</source>
        <translation>die Rechte von %1 können nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot create %1 as %2: %3</source>
        <translation>%1 kann als %2 nicht angelegt werden: %3</translation>
    </message>
    <message>
        <source>authorized-keys-edit: unknown operation %1</source>
        <translation>authorized-keys-edit: unbekannte Operation %1</translation>
    </message>
    <message>
        <source>authorized-keys-edit: %1 needs %2 arguments</source>
        <translation>authorized-keys-edit: %1 braucht %2 Argumente</translation>
    </message>
    <message>
        <source>authorized-keys-edit: -- expected between operations</source>
        <translation>authorized-keys-edit: zwischen Operationen wird -- erwartet</translation>
    </message>
    <message>
        <source>the server changed since the check (what apply was planned on no longer holds); nothing was changed</source>
        <translation>der Server hat sich seit der Prüfung geändert (worauf das Anwenden geplant war, gilt nicht mehr); nichts wurde geändert</translation>
    </message>
    <message>
        <source>your own address is unknown, so the firewall is not turned on (it could lock you out)</source>
        <translation>Ihre eigene Adresse ist unbekannt, daher wird die Firewall nicht eingeschaltet (sie könnte Sie aussperren)</translation>
    </message>
    <message>
        <source>ufw could not allow %1: %2</source>
        <translation>ufw konnte %1 nicht erlauben: %2</translation>
    </message>
    <message>
        <source>no host firewall is active; nothing changed</source>
        <translation>keine Host-Firewall ist aktiv; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 could not add a rule: %2</source>
        <translation>%1 konnte keine Regel hinzufügen: %2</translation>
    </message>
    <message>
        <source>no nftables input chain found</source>
        <translation>keine nftables-Input-Chain gefunden</translation>
    </message>
    <message>
        <source>nft could not add a rule: %1</source>
        <translation>nft konnte keine Regel hinzufügen: %1</translation>
    </message>
    <message>
        <source>firewall-cmd could not add the rules</source>
        <translation>firewall-cmd konnte die Regeln nicht hinzufügen</translation>
    </message>
    <message>
        <source>firewall-cmd could not add the rules permanently</source>
        <translation>firewall-cmd konnte die Regeln nicht dauerhaft hinzufügen</translation>
    </message>
    <message>
        <source>the iptables rules are active but will not survive a reboot: there is no saved rules file (/etc/iptables/rules.v4 from iptables-persistent, or /etc/sysconfig/iptables) to add them to, and saving the whole live ruleset would also make your rules for this boot only permanent</source>
        <translation>die iptables-Regeln sind aktiv, überstehen aber keinen Neustart: es gibt keine gespeicherte Regeldatei (/etc/iptables/rules.v4 von iptables-persistent oder /etc/sysconfig/iptables), in die sie eingetragen werden könnten, und das Speichern des ganzen laufenden Regelwerks würde auch Ihre nur für diesen Start gedachten Regeln dauerhaft machen</translation>
    </message>
    <message>
        <source>nftables rules are active now; add them to /etc/nftables.conf to keep them after a reboot</source>
        <translation>die nftables-Regeln sind jetzt aktiv; tragen Sie sie in /etc/nftables.conf ein, damit sie einen Neustart überstehen</translation>
    </message>
    <message>
        <source>ufw could not be enabled: %1</source>
        <translation>ufw konnte nicht eingeschaltet werden: %1</translation>
    </message>
    <message>
        <source>%1 could not remove %2; remove it by hand</source>
        <translation>%1 konnte %2 nicht entfernen; entfernen Sie es von Hand</translation>
    </message>
    <message>
        <source>ufw still allows your address %1 on port %2 (comment &apos;stitch-tunnel admin&apos;, added when ufw was turned on), so you keep SSH access; delete it with ufw once you no longer need it</source>
        <translation>ufw erlaubt Ihre Adresse %1 auf Port %2 weiterhin (Kommentar &apos;stitch-tunnel admin&apos;, hinzugefügt beim Einschalten von ufw), damit Sie SSH-Zugang behalten; löschen Sie die Regel mit ufw, sobald Sie sie nicht mehr brauchen</translation>
    </message>
    <message>
        <source>firewalld is not running, so the rules recorded in %1 were not removed; start firewalld and remove again</source>
        <translation>firewalld läuft nicht, daher wurden die in %1 vermerkten Regeln nicht entfernt; starten Sie firewalld und entfernen Sie erneut</translation>
    </message>
    <message>
        <source>rules tagged stitch-tunnel are still in the saved iptables rules; remove them from /etc/iptables/rules.v4 by hand</source>
        <translation>mit stitch-tunnel markierte Regeln stehen noch in den gespeicherten iptables-Regeln; entfernen Sie sie von Hand aus /etc/iptables/rules.v4</translation>
    </message>
    <message>
        <source>ufw was turned on by stitch-tunnel and stays on (turning it off would open every port of this server); remove again with ufw turned off, or run ufw disable yourself, if it should be off</source>
        <translation>ufw wurde von stitch-tunnel eingeschaltet und bleibt an (Ausschalten würde jeden Port dieses Servers öffnen); entfernen Sie erneut mit ausgeschaltetem ufw oder führen Sie selbst ufw disable aus, falls es aus sein soll</translation>
    </message>
    <message>
        <source>no firewall rule tagged stitch-tunnel was found; nothing changed</source>
        <translation>keine mit stitch-tunnel markierte Firewall-Regel gefunden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 rule for %2 on port %3</source>
        <translation>%1-Regel für %2 auf Port %3</translation>
    </message>
    <message>
        <source>the %1 rule this run added for %2 on port %3 could not be taken back; remove Stitch access with its firewall rules to take it out</source>
        <translation>die %1-Regel, die dieser Lauf für %2 auf Port %3 hinzugefügt hat, konnte nicht zurückgenommen werden; entfernen Sie Stitchs Zugang samt seinen Firewall-Regeln, um sie zu entfernen</translation>
    </message>
    <message>
        <source>%1 does not exist; nothing to remove</source>
        <translation>%1 existiert nicht; nichts zu entfernen</translation>
    </message>
    <message>
        <source>no Stitch key of this tool is recorded for %1, and none was given; no key was removed (give Stitch&apos;s key with --public-key-file to remove it)</source>
        <translation>für %1 ist kein Stitch-Schlüssel dieses Werkzeugs vermerkt, und keiner wurde angegeben; kein Schlüssel wurde entfernt (geben Sie Stitchs Schlüssel mit --public-key-file an, um ihn zu entfernen)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, set by %3; Stitch&apos;s key was taken out through it as %3, never as root</source>
        <translation>%1 ist ein symbolischer Link auf %2, gesetzt von %3; Stitchs Schlüssel wurde darüber als %3 entfernt, nie als root</translation>
    </message>
    <message>
        <source>%1 was not created by this tool, so the account stays; only the Stitch key was taken out</source>
        <translation>%1 wurde nicht von diesem Werkzeug angelegt, daher bleibt das Konto bestehen; nur der Stitch-Schlüssel wurde entfernt</translation>
    </message>
    <message>
        <source>processes of %1 that ignored SIGTERM were killed</source>
        <translation>Prozesse von %1, die SIGTERM ignorierten, wurden zwangsweise beendet</translation>
    </message>
    <message>
        <source>%1 could not be deleted, and %2</source>
        <translation>%1 konnte nicht gelöscht werden, und %2</translation>
    </message>
    <message>
        <source>%1 could not be deleted</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>group %1 stays: other accounts use it</source>
        <translation>die Gruppe %1 bleibt: andere Konten nutzen sie</translation>
    </message>
    <message>
        <source>%1 keeps the shell this tool gave it; give it back with usermod -s %2 %1</source>
        <translation>%1 behält die Shell, die dieses Werkzeug ihm gab; geben Sie die alte mit usermod -s %2 %1 zurück</translation>
    </message>
    <message>
        <source>%1. Remove it by hand, or delete the account (--remove-user) if this tool created it</source>
        <translation>%1. Entfernen Sie ihn von Hand oder löschen Sie das Konto (--remove-user), wenn dieses Werkzeug es angelegt hat</translation>
    </message>
    <message>
        <source>could not write %1; a later remove will need the key given again</source>
        <translation>%1 konnte nicht geschrieben werden; ein späteres Entfernen braucht den Schlüssel erneut</translation>
    </message>
    <message>
        <source>could not update %1</source>
        <translation>%1 konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>user %1 does not exist</source>
        <translation>der Benutzer %1 existiert nicht</translation>
    </message>
    <message>
        <source>sshd reads %1&apos;s keys from no file this tool may write (AuthorizedKeysFile: %2; AuthorizedKeysCommand: %3); nothing was changed. Name a file under the home or in a folder only root can change in AuthorizedKeysFile, reload sshd, and apply again</source>
        <translation>sshd liest die Schlüssel von %1 aus keiner Datei, die dieses Werkzeug schreiben darf (AuthorizedKeysFile: %2; AuthorizedKeysCommand: %3); nichts wurde geändert. Nennen Sie in AuthorizedKeysFile eine Datei im Home-Verzeichnis oder in einem Ordner, den nur root ändern kann, laden Sie sshd neu und wenden Sie erneut an</translation>
    </message>
    <message>
        <source>sshd reads %1&apos;s keys from no file this tool may write (AuthorizedKeysFile: %2); nothing was changed. Name a file under the home or in a folder only root can change in AuthorizedKeysFile, reload sshd, and apply again</source>
        <translation>sshd liest die Schlüssel von %1 aus keiner Datei, die dieses Werkzeug schreiben darf (AuthorizedKeysFile: %2); nichts wurde geändert. Nennen Sie in AuthorizedKeysFile eine Datei im Home-Verzeichnis oder in einem Ordner, den nur root ändern kann, laden Sie sshd neu und wenden Sie erneut an</translation>
    </message>
    <message>
        <source>neither setpriv nor runuser is installed, and nothing under %1&apos;s home is touched as root; install util-linux (it has both)</source>
        <translation>weder setpriv noch runuser ist installiert, und im Home-Verzeichnis von %1 wird nichts als root angefasst; installieren Sie util-linux (es enthält beide)</translation>
    </message>
    <message>
        <source>cannot create a temporary file</source>
        <translation>es kann keine temporäre Datei angelegt werden</translation>
    </message>
    <message>
        <source>%1 belongs to %2, not %3 or root. Find out why; then remove it or give it to root, and apply again</source>
        <translation>%1 gehört %2, nicht %3 oder root. Finden Sie heraus, warum; entfernen Sie es dann oder übergeben Sie es root, und wenden Sie erneut an</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2; the tool does not follow it. Replace the link with the file, and apply again</source>
        <translation>%1 ist ein symbolischer Link auf %2; das Werkzeug folgt ihm nicht. Ersetzen Sie den Link durch die Datei und wenden Sie erneut an</translation>
    </message>
    <message>
        <source>%1 is not a regular file. Move it away and apply again</source>
        <translation>%1 ist keine normale Datei. Verschieben Sie sie und wenden Sie erneut an</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2; the tool does not follow it as root</source>
        <translation>%1 ist ein symbolischer Link auf %2; das Werkzeug folgt ihm nicht als root</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2; the tool does not follow it as root. Remove the link (rm %1) and apply again</source>
        <translation>%1 ist ein symbolischer Link auf %2; das Werkzeug folgt ihm nicht als root. Entfernen Sie den Link (rm %1) und wenden Sie erneut an</translation>
    </message>
    <message>
        <source>%1 is not a folder. Move it away and apply again</source>
        <translation>%1 ist kein Ordner. Verschieben Sie es und wenden Sie erneut an</translation>
    </message>
    <message>
        <source>%1 belongs to %2, not %3. Find out why; then remove it or give it to %3 (chown -R %3: %1), and apply again</source>
        <translation>%1 gehört %2, nicht %3. Finden Sie heraus, warum; entfernen Sie es dann oder übergeben Sie es %3 (chown -R %3: %1), und wenden Sie erneut an</translation>
    </message>
    <message>
        <source>%1 belongs to %2, not %3. Find out why; then remove it or give it to %3, and apply again</source>
        <translation>%1 gehört %2, nicht %3. Finden Sie heraus, warum; entfernen Sie es dann oder übergeben Sie es %3, und wenden Sie erneut an</translation>
    </message>
    <message>
        <source>ufw: %1</source>
        <translation>ufw: %1</translation>
    </message>
    <message>
        <source>ufw is not installed</source>
        <translation>ufw ist nicht installiert</translation>
    </message>
    <message>
        <source>ufw has no Python API here: one ufw call per rule</source>
        <translation>ufw hat hier keine Python-Schnittstelle: ein ufw-Aufruf je Regel</translation>
    </message>
    <message>
        <source>ufw&apos;s Python API is not usable here: one ufw call per rule</source>
        <translation>die Python-Schnittstelle von ufw ist hier nicht nutzbar: ein ufw-Aufruf je Regel</translation>
    </message>
    <message>
        <source>%1 rules in one ufw call</source>
        <translation>%1 Regeln in einem ufw-Aufruf</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>/run is missing, so the server lock cannot be taken</source>
        <translation>/run fehlt, daher kann die Serversperre nicht gesetzt werden</translation>
    </message>
    <message>
        <source>the lock file /run/stitch-tunnel.lock cannot be opened</source>
        <translation>die Sperrdatei /run/stitch-tunnel.lock kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>another setup is running on this server; try again in a minute</source>
        <translation>auf diesem Server läuft gerade eine andere Einrichtung; versuchen Sie es in einer Minute erneut</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is not changed through it</source>
        <translation>%1 ist ein symbolischer Link; über ihn wird nichts geändert</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create a temp file in /etc/ssh</source>
        <translation>in /etc/ssh kann keine temporäre Datei angelegt werden</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>sshd -t fails without the tunnel user&apos;s block, so it was left in place: %1</source>
        <translation>sshd -t schlägt ohne den Block des Tunnelbenutzers fehl, daher blieb er stehen: %1</translation>
    </message>
    <message>
        <source>sshd could not be reloaded, so the sshd that runs now keeps the tunnel user&apos;s settings until it restarts; reload sshd on the server</source>
        <translation>sshd konnte nicht neu geladen werden, daher behält der laufende sshd die Einstellungen des Tunnelbenutzers bis zu seinem Neustart; laden Sie sshd auf dem Server neu</translation>
    </message>
    <message>
        <source>%1 exists and was not written by this tool; nothing was changed</source>
        <translation>%1 existiert und wurde nicht von diesem Werkzeug geschrieben; nichts wurde geändert</translation>
    </message>
    <message>
        <source>sshd&apos;s settings for %1 are already in %2</source>
        <translation>die sshd-Einstellungen für %1 stehen bereits in %2</translation>
    </message>
    <message>
        <source>the change to sshd&apos;s configuration for %1 was taken out again because sshd -t rejected it: %2</source>
        <translation>die Änderung an der sshd-Konfiguration für %1 wurde wieder herausgenommen, weil sshd -t sie ablehnte: %2</translation>
    </message>
    <message>
        <source>the change to sshd&apos;s configuration for %1 was taken out again because sshd -T still does not show: %2(another setting overrides it)</source>
        <translation>die Änderung an der sshd-Konfiguration für %1 wurde wieder herausgenommen, weil sshd -T immer noch nicht zeigt: %2(eine andere Einstellung hat Vorrang)</translation>
    </message>
    <message>
        <source>the change to sshd&apos;s configuration for %1 was taken out again: no running sshd was found to reload</source>
        <translation>die Änderung an der sshd-Konfiguration für %1 wurde wieder herausgenommen: kein laufender sshd zum Neuladen gefunden</translation>
    </message>
    <message>
        <source>groupadd %1 failed: %2</source>
        <translation>groupadd %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>addgroup %1 failed: %2</source>
        <translation>addgroup %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>neither groupadd nor addgroup is installed</source>
        <translation>weder groupadd noch addgroup ist installiert</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the server has neither nologin nor false to give %1 as its shell</source>
        <translation>der Server hat weder nologin noch false, um es %1 als Shell zu geben</translation>
    </message>
    <message>
        <source>neither useradd nor adduser is installed</source>
        <translation>weder useradd noch adduser ist installiert</translation>
    </message>
    <message>
        <source>%1 must not carry Stitch&apos;s key (%2); nothing was changed. Choose another tunnel user name</source>
        <translation>%1 darf Stitchs Schlüssel nicht tragen (%2); nichts wurde geändert. Wählen Sie einen anderen Namen für den Tunnelbenutzer</translation>
    </message>
    <message>
        <source>%1 already exists and was not created by this tool; nothing was changed. Confirm that this account is meant for Stitch (--adopt-existing-user), or choose another name</source>
        <translation>%1 existiert bereits und wurde nicht von diesem Werkzeug angelegt; nichts wurde geändert. Bestätigen Sie, dass dieses Konto für Stitch gedacht ist (--adopt-existing-user), oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>usermod could not give %1 the shell %2: %3</source>
        <translation>usermod konnte %1 nicht die Shell %2 geben: %3</translation>
    </message>
    <message>
        <source>user %1 has no usable home directory</source>
        <translation>der Benutzer %1 hat kein brauchbares Home-Verzeichnis</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot give %1 to %2: %3</source>
        <translation>%1 kann nicht an %2 übergeben werden: %3</translation>
    </message>
    <message>
        <source>cannot make %1 unwritable by others: %2</source>
        <translation>%1 kann nicht für andere schreibgeschützt werden: %2</translation>
    </message>
    <message>
        <source>sshd also reads %1, which is not under %2&apos;s home, and its folder is missing or other accounts can change it: the tool does not write there</source>
        <translation>sshd liest auch %1, das nicht im Home-Verzeichnis von %2 liegt, und dessen Ordner fehlt oder von anderen Konten geändert werden kann: das Werkzeug schreibt dort nicht</translation>
    </message>
    <message>
        <source>%1 belongs to %2, not %3 or root, so %4 is not created in it</source>
        <translation>%1 gehört %2, nicht %3 oder root, daher wird %4 darin nicht angelegt</translation>
    </message>
    <message>
        <source>cannot set the mode of %1: %2</source>
        <translation>die Rechte von %1 können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over 1 MiB; nothing was changed. Remove the lines that are not needed (it should hold a few keys), then apply again</source>
        <translation>%1 ist %2 Byte groß, über 1 MiB; nichts wurde geändert. Entfernen Sie die nicht benötigten Zeilen (die Datei sollte nur wenige Schlüssel enthalten) und wenden Sie dann erneut an</translation>
    </message>
    <message>
        <source>restorecon failed on %1: %2</source>
        <translation>restorecon ist für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot unlock %1 for key login: %2</source>
        <translation>%1 kann für die Anmeldung mit Schlüssel nicht entsperrt werden: %2</translation>
    </message>
    <message>
        <source>ufw was not turned on by stitch-tunnel, so it was left as it is</source>
        <translation>ufw wurde nicht von stitch-tunnel eingeschaltet und blieb daher, wie es ist</translation>
    </message>
    <message>
        <source>ufw is no longer installed, so there was nothing to turn off</source>
        <translation>ufw ist nicht mehr installiert, daher war nichts auszuschalten</translation>
    </message>
    <message>
        <source>ufw could not be turned off: %1</source>
        <translation>ufw konnte nicht ausgeschaltet werden: %1</translation>
    </message>
    <message>
        <source>ufw was already off</source>
        <translation>ufw war bereits aus</translation>
    </message>
    <message>
        <source>the ufw rule for your address %1 on port %2 could not be deleted; delete it with ufw</source>
        <translation>die ufw-Regel für Ihre Adresse %1 auf Port %2 konnte nicht gelöscht werden; löschen Sie sie mit ufw</translation>
    </message>
</context>
<context>
    <name>stitch::stitch_api::SourceCheckRun</name>
    <message>
        <source>Reading Stitch&apos;s last connection check of source %1…</source>
        <translation>Stitchs letzte Verbindungsprüfung der Quelle %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Writing the SSH values into source %1…</source>
        <translation>Die SSH-Werte werden in Quelle %1 geschrieben …</translation>
    </message>
    <message>
        <source>Stitch is running its connection check…</source>
        <translation>Stitch führt seine Verbindungsprüfung aus …</translation>
    </message>
    <message>
        <source>Written. Waiting for Stitch&apos;s connection check (at most %1)…</source>
        <translation>Geschrieben. Warten auf Stitchs Verbindungsprüfung (höchstens %1) …</translation>
    </message>
</context>
<context>
    <name>stitch::wizard</name>
    <message>
        <source>Allow only Stitch&apos;s addresses in your cloud or network firewall (rules below), or tick &quot;Turn on ufw for me&quot; and apply.</source>
        <translation>Lassen Sie in Ihrer Cloud- oder Netzwerk-Firewall nur Stitchs Adressen zu (Regeln unten), oder kreuzen Sie „ufw für mich einschalten“ an und wenden Sie die Änderungen an.</translation>
    </message>
    <message>
        <source>Copy the public key from Stitch (integration settings → SSH Tunnel) and paste it on step 3.</source>
        <translation>Kopieren Sie den öffentlichen Schlüssel aus Stitch (Einstellungen der Integration → SSH Tunnel) und fügen Sie ihn in Schritt 3 ein.</translation>
    </message>
    <message>
        <source>If this account is meant only for Stitch&apos;s tunnel, tick &quot;Use the existing account&quot; and apply. Otherwise choose another name.</source>
        <translation>Wenn dieses Konto nur für Stitchs Tunnel gedacht ist, kreuzen Sie „Das vorhandene Konto verwenden“ an und wenden Sie die Änderungen an. Andernfalls wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub); only if they match, click &quot;Accept and save&quot; or &quot;Connect once&quot;.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub); nur wenn sie übereinstimmen, klicken Sie auf „Akzeptieren und speichern“ oder „Einmalig verbinden“.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator for its current fingerprint. Only if it matches, remove the old entry for %1 from %2, then connect again.</source>
        <translation>Fragen Sie den Administrator des Servers nach dessen aktuellem Fingerabdruck. Nur wenn er übereinstimmt, entfernen Sie den alten Eintrag für %1 aus %2 und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Under &quot;sudo password&quot;, choose &quot;Same as the login password&quot; or &quot;A different password&quot; and enter it.</source>
        <translation>Wählen Sie unter „sudo-Passwort“ die Option „Wie das Anmeldepasswort“ oder „Ein anderes Passwort“ und geben Sie es ein.</translation>
    </message>
    <message>
        <source>Under &quot;sudo password&quot;, enter %1&apos;s own password (sudo asks for the login password, not root&apos;s).</source>
        <translation>Geben Sie unter „sudo-Passwort“ das eigene Passwort von %1 ein (sudo fragt nach dem Anmeldepasswort, nicht nach dem von root).</translation>
    </message>
    <message>
        <source>Enter the key&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Schlüssels ein.</translation>
    </message>
    <message>
        <source>Check the passphrase (it is case sensitive).</source>
        <translation>Prüfen Sie die Passphrase (Groß- und Kleinschreibung wird unterschieden).</translation>
    </message>
    <message>
        <source>Click &quot;Browse…&quot; and choose the private key file you log in with (for example ~/.ssh/id_ed25519).</source>
        <translation>Klicken Sie auf „Durchsuchen …“ und wählen Sie die private Schlüsseldatei, mit der Sie sich anmelden (zum Beispiel ~/.ssh/id_ed25519).</translation>
    </message>
    <message>
        <source>Clear this field. If this private key was copied anywhere else, treat it as exposed and replace it. Then copy Stitch&apos;s public key (one line starting with &quot;ssh-&quot;) from the Stitch web app: Integration settings → SSH Tunnel.</source>
        <translation>Leeren Sie dieses Feld. Falls dieser private Schlüssel noch woandershin kopiert wurde, gilt er als kompromittiert und muss ersetzt werden. Kopieren Sie dann Stitchs öffentlichen Schlüssel (eine Zeile, die mit „ssh-“ beginnt) aus der Stitch-Web-App: Einstellungen der Integration → SSH Tunnel.</translation>
    </message>
    <message>
        <source>Tick &quot;Fix sshd for the tunnel user&quot; and apply: the wizard adds sshd settings for the tunnel user alone, checks them, reloads sshd and takes them out again if your own login or the tunnel user&apos;s would fail. Or change sshd_config yourself: %1</source>
        <translation>Kreuzen Sie „sshd für den Tunnelbenutzer anpassen“ an und wenden Sie die Änderungen an: Der Assistent fügt sshd-Einstellungen nur für den Tunnelbenutzer hinzu, prüft sie, lädt sshd neu und entfernt sie wieder, falls Ihre eigene Anmeldung oder die des Tunnelbenutzers fehlschlagen würde. Oder ändern Sie sshd_config selbst: %1</translation>
    </message>
    <message>
        <source>Enter Stitch&apos;s database user (and the database) above and check again; no password is needed.</source>
        <translation>Geben Sie oben Stitchs Datenbankbenutzer (und die Datenbank) ein und prüfen Sie erneut; ein Passwort ist nicht nötig.</translation>
    </message>
    <message>
        <source>Type the SSH server&apos;s public DNS name or address (the one Stitch reaches from the internet) into the SSH Host field above: it can be edited.</source>
        <translation>Geben Sie den öffentlichen DNS-Namen oder die öffentliche Adresse des SSH-Servers (über die Stitch ihn aus dem Internet erreicht) oben in das Feld „SSH Host“ ein: Es lässt sich bearbeiten.</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, and check the free space.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, und prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Stitch SSH tunnel report</source>
        <translation>Stitch-SSH-Tunnel-Bericht</translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;.</source>
        <translation>Unbekanntes Berichtsformat „%1“.</translation>
    </message>
    <message>
        <source>Save the report as .html, .pdf, .md or .json.</source>
        <translation>Speichern Sie den Bericht als .html, .pdf, .md oder .json.</translation>
    </message>
    <message>
        <source>The playbook could not be written to %1.</source>
        <translation>Das Playbook konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the folder of %1 is writable, or choose &quot;Connect once&quot; when the host key is shown (the key is then not saved).</source>
        <translation>Prüfen Sie, ob der Ordner von %1 beschreibbar ist, oder wählen Sie „Einmalig verbinden“, wenn der Host-Schlüssel angezeigt wird (der Schlüssel wird dann nicht gespeichert).</translation>
    </message>
    <message>
        <source>Open Tools → Remove Stitch access again and tick &quot;Also delete the firewall rules this tool added&quot;.</source>
        <translation>Öffnen Sie erneut Extras → Stitch-Zugriff entfernen und kreuzen Sie „Auch die Firewall-Regeln löschen, die dieses Werkzeug hinzugefügt hat“ an.</translation>
    </message>
    <message>
        <source>Click &quot;Run self-test again&quot; to prove the tunnel works.</source>
        <translation>Klicken Sie auf „Selbsttest erneut starten“, um zu prüfen, dass der Tunnel funktioniert.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo needs root, so it did not start.</source>
        <translation>Die Demo braucht Root-Rechte und wurde deshalb nicht gestartet.</translation>
    </message>
    <message>
        <source>stitch-tunnel-wizard: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); without one, use the command-line tool: stitch-tunnel --help (its demo: tests/sandbox/demo.sh in the source checkout).</source>
        <translation>stitch-tunnel-wizard: kein Bildschirm, auf dem ein Fenster geöffnet werden kann (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); verwenden Sie ohne Bildschirm das Kommandozeilenwerkzeug: stitch-tunnel --help (seine Demo: tests/sandbox/demo.sh im Quellcode-Verzeichnis).</translation>
    </message>
    <message>
        <source>The demo starts a throwaway SSH server and PostgreSQL in their own Linux namespaces, which only root may create. Start it from a terminal in this source checkout:</source>
        <translation>Die Demo startet einen Wegwerf-SSH-Server und PostgreSQL in eigenen Linux-Namespaces, die nur root anlegen darf. Starten Sie sie in einem Terminal in diesem Quellcode-Verzeichnis:</translation>
    </message>
    <message>
        <source>Without a display, tests/sandbox/demo.sh runs the same demo with the command-line tool. The wizard is open for your own server meanwhile.</source>
        <translation>Ohne Bildschirm führt tests/sandbox/demo.sh dieselbe Demo mit dem Kommandozeilenwerkzeug aus. Der Assistent ist inzwischen für Ihren eigenen Server geöffnet.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time. If your company&apos;s proxy inspects HTTPS, use stitch-tunnel stitch-source with --ca-file and its CA certificate (PEM).</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers. Wenn der Proxy Ihrer Firma HTTPS untersucht, verwenden Sie stitch-tunnel stitch-source mit --ca-file und seinem CA-Zertifikat (PEM).</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::ApplyConfirmation</name>
    <message>
        <source>

What will change:
%1</source>
        <translation>

Was sich ändern wird:
%1</translation>
    </message>
    <message>
        <source># (nothing to change)</source>
        <translation># (nichts zu ändern)</translation>
    </message>
    <message>
        <source>Step 1: firewall</source>
        <translation>Schritt 1: Firewall</translation>
    </message>
    <message>
        <source>Step 4: Stitch user and key</source>
        <translation>Schritt 4: Stitch-Benutzer und Schlüssel</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <source>Apply the changes on %1?</source>
        <translation>Die Änderungen auf %1 anwenden?</translation>
    </message>
    <message>
        <source>Commands that will run</source>
        <translation>Befehle, die ausgeführt werden</translation>
    </message>
    <message>
        <source>The wizard runs the commands shown under &quot;Show Details&quot; with root rights. Before the first change they check that the server is still as the check saw it; afterwards they verify everything.</source>
        <translation>Der Assistent führt die unter „Details anzeigen“ gezeigten Befehle mit Root-Rechten aus. Vor der ersten Änderung prüfen sie, ob der Server noch so ist, wie die Prüfung ihn gesehen hat; danach überprüfen sie alles.</translation>
    </message>
    <message>
        <source>

Nothing needs to change: applying verifies it again.</source>
        <translation>

Nichts muss geändert werden: Das Anwenden überprüft alles noch einmal.</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::BusyRow</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Stopping safely… (Cancel again to stop at once)</source>
        <translation>Wird sicher angehalten … (erneut Abbrechen, um sofort anzuhalten)</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::CloudRulesBox</name>
    <message>
        <source>No host firewall is active. Let only Stitch in with your cloud provider&apos;s firewall, or let the wizard turn on ufw below.</source>
        <translation>Keine Host-Firewall ist aktiv. Lassen Sie mit der Firewall Ihres Cloud-Anbieters nur Stitch herein, oder lassen Sie den Assistenten unten ufw einschalten.</translation>
    </message>
    <message>
        <source>Stitch&apos;s addresses</source>
        <translation>Stitchs Adressen</translation>
    </message>
    <message>
        <source>Or paste your provider&apos;s commands (replace the &lt;…&gt; placeholders):</source>
        <translation>Oder fügen Sie die Befehle Ihres Anbieters ein (ersetzen Sie die Platzhalter &lt;…&gt;):</translation>
    </message>
    <message numerus="yes">
        <source>Allow TCP port %1 from these %n addresses only:</source>
        <translation>
            <numerusform>TCP-Port %1 nur von dieser %n Adresse zulassen:</numerusform>
            <numerusform>TCP-Port %1 nur von diesen %n Adressen zulassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 firewall commands</source>
        <translation>Firewall-Befehle für %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 commands</source>
        <translation>Die Befehle für %1 kopieren</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::CommandsPanel</name>
    <message>
        <source>Show the exact commands</source>
        <translation>Genaue Befehle anzeigen</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the commands</source>
        <translation>Befehle kopieren</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::ConnectPage</name>
    <message>
        <source>Connect to the SSH server</source>
        <translation>Mit dem SSH-Server verbinden</translation>
    </message>
    <message>
        <source>The wizard logs in with an account that may use sudo. Passwords are only sent to this server, and are never written to disk unless you ask for the system keychain.</source>
        <translation>Der Assistent meldet sich mit einem Konto an, das sudo verwenden darf. Passwörter werden nur an diesen Server gesendet und nie auf die Festplatte geschrieben, es sei denn, Sie wählen den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>SSH server address</source>
        <translation>Adresse des SSH-Servers</translation>
    </message>
    <message>
        <source>bastion.example.com or 203.0.113.10</source>
        <translation>bastion.example.com oder 203.0.113.10</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Login user</source>
        <translation>Anmeldebenutzer</translation>
    </message>
    <message>
        <source>How to log in</source>
        <translation>Anmeldeart</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Private Schlüsseldatei</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Anmeldepasswort</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchsu&amp;chen …</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>Only if the key has one</source>
        <translation>Nur falls der Schlüssel eine hat</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Passw&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Sch&amp;lüsseldatei:</translation>
    </message>
    <message>
        <source>Passphras&amp;e:</source>
        <translation>Passphras&amp;e:</translation>
    </message>
    <message>
        <source>The keys loaded in your ssh-agent are used.</source>
        <translation>Die in Ihrem ssh-agent geladenen Schlüssel werden verwendet.</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>sudo-Passwort</translation>
    </message>
    <message>
        <source>Same as the login password</source>
        <translation>Wie das Anmeldepasswort</translation>
    </message>
    <message>
        <source>A different password</source>
        <translation>Ein anderes Passwort</translation>
    </message>
    <message>
        <source>Not needed (root login, or sudo without password)</source>
        <translation>Nicht nötig (Anmeldung als root oder sudo ohne Passwort)</translation>
    </message>
    <message>
        <source>&amp;Remember the passwords in the system keychain</source>
        <translation>Passwörter im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>SSH &amp;server:</source>
        <translation>SSH-Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Login user:</source>
        <translation>Anmelde&amp;benutzer:</translation>
    </message>
    <message>
        <source>Log &amp;in with:</source>
        <translation>Anmelden m&amp;it:</translation>
    </message>
    <message>
        <source>s&amp;udo password:</source>
        <translation>s&amp;udo-Passwort:</translation>
    </message>
    <message>
        <source>Choose your private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Verbunden: %1.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address alone, such as bastion.example.com: the port and the login user have their own fields.</source>
        <translation>Geben Sie nur den Namen oder die Adresse des Servers ein, etwa bastion.example.com: Port und Anmeldebenutzer haben eigene Felder.</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>login user %1</source>
        <translation>Anmeldebenutzer %1</translation>
    </message>
    <message>
        <source>“%1” was split into its fields: %2.</source>
        <translation>„%1“ wurde auf die Felder verteilt: %2.</translation>
    </message>
    <message>
        <source>&amp;Different password:</source>
        <translation>&amp;Anderes Passwort:</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::CustomerSetupDialog</name>
    <message>
        <source>New setup for a customer</source>
        <translation>Neue Einrichtung für einen Kunden</translation>
    </message>
    <message>
        <source>Fill in what you know of the customer&apos;s server and save it as a setup file. Nothing connects and no password is asked for: the customer opens the file (double-click, or File → Open setup…), types their password and goes through the steps.</source>
        <translation>Tragen Sie ein, was Sie über den Server des Kunden wissen, und speichern Sie es als Einrichtungsdatei. Es wird nichts verbunden und kein Passwort abgefragt: Der Kunde öffnet die Datei (Doppelklick oder Datei → Einrichtung öffnen …), gibt sein Passwort ein und geht die Schritte durch.</translation>
    </message>
    <message>
        <source>&amp;Save setup…</source>
        <translation>Einrichtung &amp;speichern …</translation>
    </message>
    <message>
        <source>SSH server address</source>
        <translation>Adresse des SSH-Servers</translation>
    </message>
    <message>
        <source>bastion.example.com or 203.0.113.10</source>
        <translation>bastion.example.com oder 203.0.113.10</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>Login user</source>
        <translation>Anmeldebenutzer</translation>
    </message>
    <message>
        <source>The customer&apos;s admin account (may use sudo)</source>
        <translation>Das Administratorkonto des Kunden (darf sudo verwenden)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>&amp;Login user:</source>
        <translation>Anmelde&amp;benutzer:</translation>
    </message>
    <message>
        <source>Stitch data pipeline region</source>
        <translation>Region der Stitch-Datenpipeline</translation>
    </message>
    <message>
        <source>Database type</source>
        <translation>Datenbanktyp</translation>
    </message>
    <message>
        <source>Database host as the SSH server sees it</source>
        <translation>Datenbank-Host aus Sicht des SSH-Servers</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>Datenbank-Port</translation>
    </message>
    <message>
        <source>Tunnel user name</source>
        <translation>Name des Tunnelbenutzers</translation>
    </message>
    <message>
        <source>Stitch public key</source>
        <translation>Öffentlicher Stitch-Schlüssel</translation>
    </message>
    <message>
        <source>ssh-rsa AAAA… (Stitch: integration settings → SSH Tunnel)</source>
        <translation>ssh-rsa AAAA… (Stitch: Einstellungen der Integration → SSH Tunnel)</translation>
    </message>
    <message>
        <source>Turn on &amp;ufw when no firewall is active (it then closes every other inbound port)</source>
        <translation>&amp;ufw einschalten, wenn keine Firewall aktiv ist (es schließt dann jeden anderen eingehenden Port)</translation>
    </message>
    <message>
        <source>Accept Stitch&apos;s &amp;key only from Stitch&apos;s addresses</source>
        <translation>Stitchs Schlüssel nur von Stitchs &amp;Adressen annehmen</translation>
    </message>
    <message>
        <source>Stitch &amp;region:</source>
        <translation>Stitch-&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Database type:</source>
        <translation>Datenbank&amp;typ:</translation>
    </message>
    <message>
        <source>Database &amp;host:</source>
        <translation>Datenbank-H&amp;ost:</translation>
    </message>
    <message>
        <source>&amp;Tunnel user:</source>
        <translation>Tunn&amp;elbenutzer:</translation>
    </message>
    <message>
        <source>Stitch &amp;public key:</source>
        <translation>Öffentlicher Stitch-Schlüsse&amp;l:</translation>
    </message>
    <message>
        <source>Save the customer&apos;s setup</source>
        <translation>Einrichtung des Kunden speichern</translation>
    </message>
    <message>
        <source>Stitch tunnel setup (*.stitch-tunnel *.json)</source>
        <translation>Stitch-Tunnel-Einrichtung (*.stitch-tunnel *.json)</translation>
    </message>
    <message>
        <source>SSH ser&amp;ver:</source>
        <translation>SSH-Ser&amp;ver:</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::DatabasePage</name>
    <message>
        <source>Step 2 of 5: Let the SSH server reach the database</source>
        <translation>Schritt 2 von 5: Dem SSH-Server Zugriff auf die Datenbank geben</translation>
    </message>
    <message>
        <source>Stitch&apos;s tunnel ends at the SSH server, which then connects to the database. So the database&apos;s firewall and access rules must admit the SSH server&apos;s own (private) address, not Stitch&apos;s. The wizard opens a real connection through the SSH server and checks that the database answers.</source>
        <translation>Stitchs Tunnel endet am SSH-Server, der sich dann mit der Datenbank verbindet. Die Firewall und die Zugriffsregeln der Datenbank müssen also die eigene (private) Adresse des SSH-Servers zulassen, nicht die von Stitch. Der Assistent öffnet eine echte Verbindung über den SSH-Server und prüft, ob die Datenbank antwortet.</translation>
    </message>
    <message>
        <source>Database type</source>
        <translation>Datenbanktyp</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>Datenbank-Port</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>About the database host</source>
        <translation>Zum Datenbank-Host</translation>
    </message>
    <message>
        <source>Stitch&apos;s database user</source>
        <translation>Stitchs Datenbankbenutzer</translation>
    </message>
    <message>
        <source>optional, e.g. stitch</source>
        <translation>optional, z. B. stitch</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>optional; PostgreSQL&apos;s default is the user&apos;s name</source>
        <translation>optional; bei PostgreSQL standardmäßig der Benutzername</translation>
    </message>
    <message>
        <source>Stitch connects with SSL</source>
        <translation>Stitch verbindet sich per SSL</translation>
    </message>
    <message>
        <source>Stitch&apos;s database user:</source>
        <translation>Stitchs Datenbankbenutzer:</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>Datenbankname:</translation>
    </message>
    <message>
        <source>Problem with the database login</source>
        <translation>Problem mit der Datenbank-Anmeldung</translation>
    </message>
    <message>
        <source>Database host as the SSH server sees it</source>
        <translation>Datenbank-Host aus Sicht des SSH-Servers</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>The host is the database&apos;s address as the SSH server sees it: &quot;localhost&quot; means the SSH server itself. Correct host or port here and the wizard checks again; the database type is chosen on the Welcome page.</source>
        <translation>Der Host ist die Adresse der Datenbank aus Sicht des SSH-Servers: „localhost“ ist der SSH-Server selbst. Korrigieren Sie Host oder Port hier, dann prüft der Assistent erneut; den Datenbanktyp wählen Sie auf der Willkommensseite.</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::FindingsView</name>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Fix: %3</source>
        <translation>%1: %2 Abhilfe: %3</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::FinishPage</name>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Step 5 of 5: Finish in Stitch</source>
        <translation>Schritt 5 von 5: In Stitch abschließen</translation>
    </message>
    <message>
        <source>In Stitch, open the connection settings, set Encryption Type to SSH Tunnel and enter these values. Username and Password are your database login, which this wizard never needs. The self-test below logs in as the Stitch user with a temporary key and reaches the database through the tunnel, exactly as Stitch will.</source>
        <translation>Öffnen Sie in Stitch die Verbindungseinstellungen, setzen Sie Encryption Type auf SSH Tunnel und tragen Sie diese Werte ein. Username und Password sind Ihre Datenbank-Anmeldung, die dieser Assistent nie braucht. Der Selbsttest unten meldet sich mit einem temporären Schlüssel als Stitch-Benutzer an und erreicht die Datenbank durch den Tunnel, genau wie Stitch.</translation>
    </message>
    <message>
        <source>Host (Endpoint)</source>
        <translation>Host (Endpoint)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>SSH Host</source>
        <translation>SSH Host</translation>
    </message>
    <message>
        <source>SSH Port</source>
        <translation>SSH Port</translation>
    </message>
    <message>
        <source>SSH User</source>
        <translation>SSH User</translation>
    </message>
    <message>
        <source>Stitch&apos;s guide: SSH tunnel for a self-hosted database</source>
        <translation>Stitchs Anleitung: SSH-Tunnel für eine selbst gehostete Datenbank</translation>
    </message>
    <message>
        <source>Open Stitch&apos;s SSH tunnel guide</source>
        <translation>Stitchs Anleitung zum SSH-Tunnel öffnen</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <source>Copy all values</source>
        <translation>Alle Werte kopieren</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren …</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Run self-test</source>
        <translation>Selbsttest starten</translation>
    </message>
    <message>
        <source>Run the end-to-end self-test</source>
        <translation>End-to-End-Selbsttest starten</translation>
    </message>
    <message>
        <source>Applies the setup again (nothing changes when it is in place) and runs the end-to-end self-test.</source>
        <translation>Wendet die Einrichtung erneut an (es ändert sich nichts, wenn sie vollständig ist) und führt den End-to-End-Selbsttest aus.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Host (Endpoint): %1
Port: %2
SSH Host: %3
SSH Port: %4
SSH User: %5
</source>
        <translation>Host (Endpoint): %1
Port: %2
SSH Host: %3
SSH Port: %4
SSH User: %5
</translation>
    </message>
    <message>
        <source>Run self-test again</source>
        <translation>Selbsttest erneut starten</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>SSH Host for Stitch</source>
        <translation>SSH Host für Stitch</translation>
    </message>
    <message>
        <source>The SSH server&apos;s public DNS name or address, as Stitch reaches it from the internet. Empty: the address you connected to.</source>
        <translation>Der öffentliche DNS-Name oder die öffentliche Adresse des SSH-Servers, über die Stitch ihn aus dem Internet erreicht. Leer: die Adresse, mit der Sie sich verbunden haben.</translation>
    </message>
    <message>
        <source>About the SSH Host for Stitch</source>
        <translation>Zum SSH Host für Stitch</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is a private address: Stitch connects from the internet and cannot reach it. Enter the SSH server&apos;s public DNS name or address.</source>
        <translation>%1 ist eine private Adresse: Stitch verbindet sich aus dem Internet und kann sie nicht erreichen. Geben Sie den öffentlichen DNS-Namen oder die öffentliche Adresse des SSH-Servers ein.</translation>
    </message>
    <message>
        <source>Hand over without a passing self-test</source>
        <translation>Ohne bestandenen Selbsttest übergeben</translation>
    </message>
    <message>
        <source>What was not verified</source>
        <translation>Was nicht geprüft wurde</translation>
    </message>
    <message>
        <source>whether %1 can log in with Stitch&apos;s key and reach the database %2:%3 through the tunnel</source>
        <translation>ob sich %1 mit Stitchs Schlüssel anmelden und die Datenbank %2:%3 durch den Tunnel erreichen kann</translation>
    </message>
    <message>
        <source>Handed over unverified: the end-to-end self-test did not pass in this session, so it is not known %1.</source>
        <translation>Ungeprüft übergeben: Der End-to-End-Selbsttest wurde in dieser Sitzung nicht bestanden, daher ist nicht bekannt, %1.</translation>
    </message>
    <message>
        <source>Run the self-test before Stitch relies on the tunnel.</source>
        <translation>Führen Sie den Selbsttest aus, bevor Stitch sich auf den Tunnel verlässt.</translation>
    </message>
    <message>
        <source>Hand over unverified (the report says so)</source>
        <translation>Ungeprüft übergeben (der Bericht vermerkt es)</translation>
    </message>
    <message>
        <source>Done needs a passing self-test. Without one, it is not known %1.</source>
        <translation>„Fertig“ braucht einen bestandenen Selbsttest. Ohne ihn ist nicht bekannt, %1.</translation>
    </message>
    <message>
        <source>Where the SSH Host for Stitch leads</source>
        <translation>Wohin der SSH Host für Stitch führt</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::FirewallPage</name>
    <message>
        <source>Step 1 of 5: Let Stitch reach the SSH port</source>
        <translation>Schritt 1 von 5: Stitch den Zugang zum SSH-Port erlauben</translation>
    </message>
    <message>
        <source>Stitch connects to your SSH server from a few fixed IP addresses. The server&apos;s firewall must let exactly these addresses reach the SSH port, so that Stitch gets in and nobody else is invited.</source>
        <translation>Stitch verbindet sich von einigen festen IP-Adressen aus mit Ihrem SSH-Server. Die Firewall des Servers muss genau diese Adressen zum SSH-Port durchlassen, damit Stitch hineinkommt und sonst niemand eingeladen wird.</translation>
    </message>
    <message>
        <source>Continue; the wizard adds these rules in step 4, together with the Stitch user</source>
        <translation>Weiter; der Assistent fügt diese Regeln in Schritt 4 zusammen mit dem Stitch-Benutzer hinzu</translation>
    </message>
    <message>
        <source>I understand; continue anyway</source>
        <translation>Verstanden; trotzdem fortfahren</translation>
    </message>
    <message>
        <source>Turn on ufw for me (closes every other incoming port)</source>
        <translation>ufw für mich einschalten (schließt jeden anderen eingehenden Port)</translation>
    </message>
    <message>
        <source>When you apply, ufw allows your current address and Stitch&apos;s addresses on the SSH port, then it is enabled: every other incoming connection (web, database replicas, monitoring, other admins&apos; addresses) is then refused. &quot;Apply changes…&quot; lists the ports that listen now. Without this, the wizard never turns a firewall on.</source>
        <translation>Beim Anwenden lässt ufw Ihre aktuelle Adresse und Stitchs Adressen am SSH-Port zu und wird dann eingeschaltet: Jede andere eingehende Verbindung (Web, Datenbank-Replikate, Überwachung, Adressen anderer Administratoren) wird danach abgewiesen. „Änderungen anwenden …“ nennt die Ports, die jetzt lauschen. Ohne diese Option schaltet der Assistent nie eine Firewall ein.</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::HostKeyDialog</name>
    <message>
        <source>New SSH server</source>
        <translation>Neuer SSH-Server</translation>
    </message>
    <message>
        <source>Server&apos;s host key fingerprint</source>
        <translation>Fingerabdruck des Host-Schlüssels des Servers</translation>
    </message>
    <message>
        <source>Expected fingerprint to compare</source>
        <translation>Erwarteter Fingerabdruck zum Vergleich</translation>
    </message>
    <message>
        <source>Optional: paste the fingerprint you were given</source>
        <translation>Optional: Fügen Sie den Fingerabdruck ein, den Sie erhalten haben</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>&amp;Accept and save</source>
        <translation>&amp;Akzeptieren und speichern</translation>
    </message>
    <message>
        <source>Connect &amp;once</source>
        <translation>&amp;Einmalig verbinden</translation>
    </message>
    <message>
        <source>✖ That is not a SHA256 fingerprint (SHA256:…).</source>
        <translation>✖ Das ist kein SHA256-Fingerabdruck (SHA256:…).</translation>
    </message>
    <message>
        <source>✖ The fingerprints DO NOT match. Do not connect: this may not be your server.</source>
        <translation>✖ Die Fingerabdrücke stimmen NICHT überein. Verbinden Sie sich nicht: Das ist möglicherweise nicht Ihr Server.</translation>
    </message>
    <message>
        <source>This computer has not connected to &lt;b&gt;%1&lt;/b&gt; (port %2) before. To be sure it is really your server, compare its fingerprint with the one its administrator sees with &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_%3_key.pub&lt;/tt&gt;.</source>
        <translation>Dieser Computer war noch nie mit &lt;b&gt;%1&lt;/b&gt; (Port %2) verbunden. Um sicherzugehen, dass es wirklich Ihr Server ist, vergleichen Sie seinen Fingerabdruck mit dem, den sein Administrator mit &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_%3_key.pub&lt;/tt&gt; sieht.</translation>
    </message>
    <message>
        <source>If this is not your server, whoever answers in its place could read the passwords you type in this wizard and would receive Stitch&apos;s access instead of your server.</source>
        <translation>Ist dies nicht Ihr Server, könnte wer an seiner Stelle antwortet die Passwörter lesen, die Sie in diesen Assistenten eingeben, und bekäme Stitchs Zugang statt Ihres Servers.</translation>
    </message>
    <message>
        <source>✔ The fingerprints match: this is your server.</source>
        <translation>✔ Die Fingerabdrücke stimmen überein: Dies ist Ihr Server.</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::MainWindow</name>
    <message>
        <source>Stitch SSH Tunnel Wizard</source>
        <translation>Stitch SSH-Tunnel-Assistent</translation>
    </message>
    <message>
        <source>Remove Stitch access</source>
        <translation>Stitch-Zugriff entfernen</translation>
    </message>
    <message>
        <source>Stitch&apos;s access was removed from the server.</source>
        <translation>Stitchs Zugriff wurde vom Server entfernt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open setup…</source>
        <translation>Einrichtung &amp;öffnen …</translation>
    </message>
    <message>
        <source>&amp;Save setup…</source>
        <translation>Einrichtung &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Recent servers</source>
        <translation>&amp;Zuletzt verwendete Server</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Remove Stitch access…</source>
        <translation>Stitch-Zugriff &amp;entfernen …</translation>
    </message>
    <message>
        <source>&amp;Do it myself…</source>
        <translation>&amp;Selbst erledigen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Transcript of remote commands</source>
        <translation>&amp;Protokoll der entfernten Befehle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Stitch&apos;s &amp;guide</source>
        <translation>Stitchs &amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation>Einrichtung öffnen</translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation>Einrichtung speichern</translation>
    </message>
    <message>
        <source>Connect to the SSH server first (page 2).</source>
        <translation>Verbinden Sie sich zuerst mit dem SSH-Server (Seite 2).</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;JSON (*.json)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>About Stitch SSH Tunnel Wizard</source>
        <translation>Über den Stitch SSH-Tunnel-Assistenten</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stitch SSH Tunnel Wizard %1&lt;/h3&gt;&lt;p&gt;Sets up and verifies an SSH tunnel for Stitch on a Linux server, step by step, checking each step on the real server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stitch SSH-Tunnel-Assistent %1&lt;/h3&gt;&lt;p&gt;Richtet einen SSH-Tunnel für Stitch auf einem Linux-Server ein und überprüft ihn, Schritt für Schritt, wobei jeder Schritt auf dem echten Server geprüft wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export as Ansible &amp;playbook…</source>
        <translation>Als Ansible-&amp;Playbook exportieren …</translation>
    </message>
    <message>
        <source>Export as Ansible playbook</source>
        <translation>Als Ansible-Playbook exportieren</translation>
    </message>
    <message>
        <source>The playbook cannot be made yet: %1
%2</source>
        <translation>Das Playbook kann noch nicht erstellt werden: %1
%2</translation>
    </message>
    <message>
        <source>Ansible playbooks (*.yml *.yaml)</source>
        <translation>Ansible-Playbooks (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Every step is checked again on the server; step 5 needs a new self-test.</source>
        <translation>Jeder Schritt wird auf dem Server erneut geprüft; Schritt 5 braucht einen neuen Selbsttest.</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Assistenten schließen?</translation>
    </message>
    <message>
        <source>Close the wizard and discard the values you entered?</source>
        <translation>Den Assistenten schließen und die eingegebenen Werte verwerfen?</translation>
    </message>
    <message>
        <source>Closing changes nothing on the server.</source>
        <translation>Das Schließen ändert nichts auf dem Server.</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Verwerfen und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>The server is being changed right now. Close when the running script has finished?</source>
        <translation>Der Server wird gerade geändert. Schließen, sobald das laufende Skript fertig ist?</translation>
    </message>
    <message>
        <source>Close when &amp;finished</source>
        <translation>Schließen, wenn &amp;fertig</translation>
    </message>
    <message>
        <source>Closing when the running script has finished; the server is never left half-changed.</source>
        <translation>Wird geschlossen, sobald das laufende Skript fertig ist; der Server bleibt nie halb geändert.</translation>
    </message>
    <message>
        <source>A script that changes the server is never stopped half-way: it finishes and is verified, then the wizard stops (the self-test is skipped and its temporary key removed) and closes. The values you entered are discarded.</source>
        <translation>Ein Skript, das den Server ändert, wird nie mittendrin abgebrochen: Es läuft zu Ende und wird geprüft, dann hält der Assistent an (der Selbsttest entfällt, sein temporärer Schlüssel wird entfernt) und schließt sich. Die eingegebenen Werte werden verworfen.</translation>
    </message>
    <message>
        <source>Stitch tunnel setup (*.stitch-tunnel *.json)</source>
        <translation>Stitch-Tunnel-Einrichtung (*.stitch-tunnel *.json)</translation>
    </message>
    <message>
        <source>&amp;New setup for a customer…</source>
        <translation>&amp;Neue Einrichtung für einen Kunden …</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>Diagnose &amp;kopieren</translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation>Support-&amp;Paket speichern …</translation>
    </message>
    <message>
        <source>Opened %1: type the password on the Connect page, then go through the steps.</source>
        <translation>%1 geöffnet: Geben Sie auf der Seite „Verbinden“ das Passwort ein und gehen Sie dann die Schritte durch.</translation>
    </message>
    <message>
        <source>Saved %1 for the customer: they open it with File → Open setup…, or by double-clicking it.</source>
        <translation>%1 für den Kunden gespeichert: Er öffnet es mit Datei → Einrichtung öffnen … oder per Doppelklick.</translation>
    </message>
    <message>
        <source>The diagnostics are on the clipboard (no password is in them): paste them into your message to support.</source>
        <translation>Die Diagnose ist in der Zwischenablage (sie enthält kein Passwort): Fügen Sie sie in Ihre Nachricht an den Support ein.</translation>
    </message>
    <message>
        <source>The support bundle could not be saved to %1: %2.</source>
        <translation>Das Support-Paket konnte nicht unter %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, and check the free space.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, und prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Saved the support bundle to %1 (no password is in it): send it to support.</source>
        <translation>Support-Paket unter %1 gespeichert (es enthält kein Passwort): Senden Sie es an den Support.</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::PublicKeyPage</name>
    <message>
        <source>Step 3 of 5: The Stitch public key</source>
        <translation>Schritt 3 von 5: Der öffentliche Stitch-Schlüssel</translation>
    </message>
    <message>
        <source>Stitch public key</source>
        <translation>Öffentlicher Stitch-Schlüssel</translation>
    </message>
    <message>
        <source>ssh-rsa AAAAB3NzaC1yc2E… stitch</source>
        <translation>ssh-rsa AAAAB3NzaC1yc2E… stitch</translation>
    </message>
    <message>
        <source>About the key</source>
        <translation>Zum Schlüssel</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Aus Datei laden …</translation>
    </message>
    <message>
        <source>Load the public key from a file</source>
        <translation>Öffentlichen Schlüssel aus einer Datei laden</translation>
    </message>
    <message>
        <source>That was a PRIVATE key. It has been removed from this window and was not stored. A private key must never be shared or pasted anywhere; if it left your hands, treat it as exposed and replace it. Stitch gives you a PUBLIC key: one line that starts with &quot;ssh-&quot; or &quot;ecdsa-&quot;.</source>
        <translation>Das war ein PRIVATER Schlüssel. Er wurde aus diesem Fenster entfernt und nicht gespeichert. Ein privater Schlüssel darf nie weitergegeben oder irgendwo eingefügt werden; falls er in fremde Hände gelangt ist, gilt er als kompromittiert und muss ersetzt werden. Stitch gibt Ihnen einen ÖFFENTLICHEN Schlüssel: eine Zeile, die mit „ssh-“ oder „ecdsa-“ beginnt.</translation>
    </message>
    <message>
        <source>Private key warning</source>
        <translation>Warnung: privater Schlüssel</translation>
    </message>
    <message>
        <source>Paste the key here, or load it from a file.</source>
        <translation>Fügen Sie den Schlüssel hier ein oder laden Sie ihn aus einer Datei.</translation>
    </message>
    <message>
        <source>Type: %1, %2 bits
Fingerprint: %3</source>
        <translation>Typ: %1, %2 Bit
Fingerabdruck: %3</translation>
    </message>
    <message>
        <source>
Comment: %1</source>
        <translation>
Kommentar: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Paste the Stitch public key here, or load it from a file.</source>
        <translation>Fügen Sie den öffentlichen Stitch-Schlüssel hier ein oder laden Sie ihn aus einer Datei.</translation>
    </message>
    <message>
        <source>Load the Stitch public key</source>
        <translation>Öffentlichen Stitch-Schlüssel laden</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt)</source>
        <translation>Öffentliche Schlüssel (*.pub *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key.</source>
        <translation>%1 ist zu groß für einen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>Stitch logs in to your SSH server with a key of its own. Copy Stitch&apos;s public key from the Stitch web app (the destination&apos;s settings → Encryption Type → SSH Tunnel) and paste it below. The key belongs to your Stitch account. Line breaks picked up while copying are removed for you.</source>
        <translation>Stitch meldet sich mit einem eigenen Schlüssel an Ihrem SSH-Server an. Kopieren Sie Stitchs öffentlichen Schlüssel aus der Stitch-Web-App (Einstellungen der Destination → Encryption Type → SSH Tunnel) und fügen Sie ihn unten ein. Der Schlüssel gehört zu Ihrem Stitch-Konto. Beim Kopieren entstandene Zeilenumbrüche werden automatisch entfernt.</translation>
    </message>
    <message>
        <source>Stitch logs in to your SSH server with a key of its own. Copy Stitch&apos;s public key from the Stitch web app (the integration&apos;s settings → SSH Tunnel) and paste it below. The key belongs to your Stitch account. Line breaks picked up while copying are removed for you.</source>
        <translation>Stitch meldet sich mit einem eigenen Schlüssel an Ihrem SSH-Server an. Kopieren Sie Stitchs öffentlichen Schlüssel aus der Stitch-Web-App (Einstellungen der Integration → SSH Tunnel) und fügen Sie ihn unten ein. Der Schlüssel gehört zu Ihrem Stitch-Konto. Beim Kopieren entstandene Zeilenumbrüche werden automatisch entfernt.</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::RemoveAccessDialog</name>
    <message>
        <source>Remove Stitch access</source>
        <translation>Stitch-Zugriff entfernen</translation>
    </message>
    <message>
        <source>This takes Stitch&apos;s public key out of the authorized_keys file of the user %1 on %2, so Stitch can no longer open a tunnel through this server. Your database, its settings and your own login are not touched.

Connections in Stitch that use this SSH server stop working.</source>
        <translation>Dies entfernt Stitchs öffentlichen Schlüssel aus der Datei authorized_keys des Benutzers %1 auf %2, sodass Stitch keinen Tunnel mehr über diesen Server öffnen kann. Ihre Datenbank, ihre Einstellungen und Ihre eigene Anmeldung bleiben unberührt.

Verbindungen in Stitch, die diesen SSH-Server nutzen, funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <source>Also delete the user %1 and its group</source>
        <translation>Auch den Benutzer %1 und seine Gruppe löschen</translation>
    </message>
    <message>
        <source>Deletes the user&apos;s home folder with everything in it. Leave this off if anything else uses this user.</source>
        <translation>Löscht den Home-Ordner des Benutzers mit allem, was darin ist. Lassen Sie dies aus, wenn noch etwas anderes diesen Benutzer verwendet.</translation>
    </message>
    <message>
        <source>Also delete the firewall rules this tool added</source>
        <translation>Auch die Firewall-Regeln löschen, die dieses Werkzeug hinzugefügt hat</translation>
    </message>
    <message>
        <source>Removes the rules that let Stitch&apos;s addresses reach the SSH port. The firewall itself stays on. A rule you added yourself for exactly the same address and port is removed too.</source>
        <translation>Entfernt die Regeln, die Stitchs Adressen zum SSH-Port durchlassen. Die Firewall selbst bleibt eingeschaltet. Eine Regel, die Sie selbst für genau dieselbe Adresse und denselben Port angelegt haben, wird ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>&amp;Remove access</source>
        <translation>Zugriff &amp;entfernen</translation>
    </message>
    <message>
        <source>Also turn &amp;ufw off again (this tool turned it on)</source>
        <translation>Auch &amp;ufw wieder ausschalten (dieses Werkzeug hat es eingeschaltet)</translation>
    </message>
    <message>
        <source>ufw was off before this tool turned it on. Turned off, it no longer blocks any port of this server, for anyone: leave this off if ufw protects more than SSH now. The rule that admitted your address goes too.</source>
        <translation>ufw war aus, bevor dieses Werkzeug es eingeschaltet hat. Ausgeschaltet sperrt es keinen Port dieses Servers mehr, für niemanden: Lassen Sie dies aus, wenn ufw inzwischen mehr als SSH schützt. Die Regel, die Ihre Adresse zulässt, entfällt ebenfalls.</translation>
    </message>
    <message>
        <source>Removes the rules that let Stitch&apos;s addresses reach the SSH port. The firewall stays on unless you also tick the last box. A rule you added yourself for exactly the same address and port is removed too.</source>
        <translation>Entfernt die Regeln, die Stitchs Adressen zum SSH-Port durchlassen. Die Firewall bleibt eingeschaltet, außer Sie kreuzen auch das letzte Feld an. Eine Regel, die Sie selbst für genau dieselbe Adresse und denselben Port angelegt haben, wird ebenfalls entfernt.</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::ScriptDialog</name>
    <message>
        <source>Do it myself</source>
        <translation>Selbst erledigen</translation>
    </message>
    <message>
        <source>This script does steps 1 and 4 of Stitch&apos;s guide: it allows Stitch&apos;s addresses on SSH port %1 in the server&apos;s firewall and sets up the user %2 with Stitch&apos;s public key. It changes nothing that is already right, so it is safe to run again.

Review it, copy it to the SSH server and run it as root, for example with: sudo sh stitch-tunnel-setup.sh
Then come back and let this wizard check the result.</source>
        <translation>Dieses Skript erledigt die Schritte 1 und 4 von Stitchs Anleitung: Es lässt Stitchs Adressen an SSH-Port %1 in der Firewall des Servers zu und richtet den Benutzer %2 mit Stitchs öffentlichem Schlüssel ein. Es ändert nichts, was bereits stimmt, und kann daher gefahrlos erneut ausgeführt werden.

Prüfen Sie es, kopieren Sie es auf den SSH-Server und führen Sie es als root aus, zum Beispiel mit: sudo sh stitch-tunnel-setup.sh
Kehren Sie dann zurück und lassen Sie diesen Assistenten das Ergebnis prüfen.</translation>
    </message>
    <message>
        <source>The script cannot be made yet: %1
%2</source>
        <translation>Das Skript kann noch nicht erstellt werden: %1
%2</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>there is no script yet</source>
        <translation>es gibt noch kein Skript</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Save the setup script</source>
        <translation>Einrichtungsskript speichern</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>Shell-Skripte (*.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The script could not be saved to %1: %2</source>
        <translation>Das Skript konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::SshHostCheck</name>
    <message>
        <source>%1 could not be found from this computer. Check the spelling: Stitch needs a name it can look up on the internet.</source>
        <translation>%1 wurde von diesem Computer aus nicht gefunden. Prüfen Sie die Schreibweise: Stitch braucht einen Namen, den es im Internet nachschlagen kann.</translation>
    </message>
    <message>
        <source>%1 leads to %2, the address this wizard is connected to.</source>
        <translation>%1 führt zu %2, der Adresse, mit der dieser Assistent verbunden ist.</translation>
    </message>
    <message>
        <source>%1 leads to %2. The wizard is connected to %3 by another way, so it cannot tell whether that is this server: check it is.</source>
        <translation>%1 führt zu %2. Der Assistent ist auf anderem Weg mit %3 verbunden und kann daher nicht sagen, ob das dieser Server ist: Prüfen Sie es.</translation>
    </message>
    <message>
        <source>%1 leads to %2, but this wizard is connected to %3 (%4). Check that it is the same server: Stitch would connect to %2.</source>
        <translation>%1 führt zu %2, dieser Assistent ist aber mit %3 (%4) verbunden. Prüfen Sie, ob es derselbe Server ist: Stitch würde sich mit %2 verbinden.</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::StepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>done, with warnings</source>
        <translation>erledigt, mit Warnungen</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>current page, %1</source>
        <translation>aktuelle Seite, %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::StepPage</name>
    <message>
        <source>What this step does</source>
        <translation>Was dieser Schritt tut</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation>Status des Schritts</translation>
    </message>
    <message>
        <source>Continue despite the warnings</source>
        <translation>Trotz der Warnungen fortfahren</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Apply changes…</source>
        <translation>Änderungen anwenden …</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <source>Applying needs the Stitch public key (step 3).</source>
        <translation>Zum Anwenden wird der öffentliche Stitch-Schlüssel benötigt (Schritt 3).</translation>
    </message>
    <message>
        <source>I understand the warnings above; continue anyway</source>
        <translation>Ich habe die Warnungen oben verstanden; trotzdem fortfahren</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Done: everything in this step is in place.</source>
        <translation>Fertig: In diesem Schritt ist alles vorhanden.</translation>
    </message>
    <message>
        <source>Changed and verified.</source>
        <translation>Geändert und überprüft.</translation>
    </message>
    <message>
        <source>Works, with warnings. Read them before you continue.</source>
        <translation>Funktioniert, mit Warnungen. Lesen Sie sie, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Needs attention: apply the changes, or fix the items marked in red and check again.</source>
        <translation>Handlungsbedarf: Wenden Sie die Änderungen an oder beheben Sie die rot markierten Punkte und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Needs attention: fix the items marked in red, then check again.</source>
        <translation>Handlungsbedarf: Beheben Sie die rot markierten Punkte und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <source>Shows what will change and asks before changing anything.</source>
        <translation>Zeigt, was sich ändern wird, und fragt nach, bevor etwas geändert wird.</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Why Apply is not possible</source>
        <translation>Warum Anwenden nicht möglich ist</translation>
    </message>
    <message>
        <source>Nothing can be applied while the server refuses this tunnel user: %1</source>
        <translation>Nichts kann angewendet werden, solange der Server diesen Tunnelbenutzer ablehnt: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::StitchCheckPanel</name>
    <message>
        <source>Optional: Stitch&apos;s own connection check (Connect API token)</source>
        <translation>Optional: Stitchs eigene Verbindungsprüfung (Token der Connect API)</translation>
    </message>
    <message>
        <source>ac_… (Advanced and Premium plans, and the trial)</source>
        <translation>ac_… (Advanced- und Premium-Tarife sowie die Testphase)</translation>
    </message>
    <message>
        <source>Stitch Connect API token</source>
        <translation>Token der Stitch Connect API</translation>
    </message>
    <message>
        <source>&amp;Load sources</source>
        <translation>&amp;Quellen laden</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Stitch source</source>
        <translation>Stitch-Quelle</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Q&amp;uelle:</translation>
    </message>
    <message>
        <source>S&amp;end the values to Stitch and wait for its check</source>
        <translation>Werte an Stitch &amp;senden und auf seine Prüfung warten</translation>
    </message>
    <message>
        <source>Stitch&apos;s verdict</source>
        <translation>Stitchs Urteil</translation>
    </message>
    <message>
        <source>Stitch&apos;s token stays in this computer&apos;s keychain; the token is used only for Stitch&apos;s own Connect API.</source>
        <translation>Stitchs Token bleibt im Schlüsselbund dieses Computers; es wird nur für Stitchs eigene Connect API verwendet.</translation>
    </message>
    <message>
        <source>Asking Stitch for the account&apos;s sources…</source>
        <translation>Stitch wird nach den Quellen des Kontos gefragt …</translation>
    </message>
    <message>
        <source>The account has no database source yet: add the integration in Stitch first.</source>
        <translation>Das Konto hat noch keine Datenbank-Quelle: Legen Sie die Integration zuerst in Stitch an.</translation>
    </message>
    <message>
        <source>Choose the source, then send it the values.</source>
        <translation>Wählen Sie die Quelle und senden Sie ihr dann die Werte.</translation>
    </message>
    <message>
        <source>Stitch&apos;s check: %1</source>
        <translation>Stitchs Prüfung: %1</translation>
    </message>
    <message>
        <source>Stitch said: %1</source>
        <translation>Stitch sagte: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::TranscriptDock</name>
    <message>
        <source>Commands run on the server</source>
        <translation>Auf dem Server ausgeführte Befehle</translation>
    </message>
    <message>
        <source>Every command this tool runs on the server appears here, with its output and exit status. Passwords never do.</source>
        <translation>Jeder Befehl, den dieses Werkzeug auf dem Server ausführt, erscheint hier mit seiner Ausgabe und seinem Exit-Status. Passwörter erscheinen nie.</translation>
    </message>
    <message>
        <source>Show &amp;scripts</source>
        <translation>&amp;Skripte anzeigen</translation>
    </message>
    <message>
        <source>Show the full shell script of each command, or only its name, output and exit status.</source>
        <translation>Zeigt das vollständige Shell-Skript jedes Befehls oder nur seinen Namen, seine Ausgabe und seinen Exit-Status.</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Spei&amp;chern …</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source> (as root)</source>
        <translation> (als root)</translation>
    </message>
    <message>
        <source>--- output ---
</source>
        <translation>--- Ausgabe ---
</translation>
    </message>
    <message>
        <source>--- errors ---
</source>
        <translation>--- Fehler ---
</translation>
    </message>
    <message>
        <source>--- did not finish: %1
</source>
        <translation>--- nicht beendet: %1
</translation>
    </message>
    <message>
        <source>=== exit status %1, %2 ms
</source>
        <translation>=== Exit-Status %1, %2 ms
</translation>
    </message>
    <message>
        <source>Save the commands and their output</source>
        <translation>Befehle und ihre Ausgabe speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1: %2</source>
        <translation>Das Protokoll konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::TunnelUserPage</name>
    <message>
        <source>Step 4 of 5: Create the Stitch user</source>
        <translation>Schritt 4 von 5: Den Stitch-Benutzer anlegen</translation>
    </message>
    <message>
        <source>Stitch logs in as a user of its own that can do nothing but hold the tunnel. The wizard creates it with its group, a ~/.ssh folder (mode 700) and authorized_keys (mode 600) holding the Stitch key on one line, and checks that sshd lets this user in and allows the tunnel.</source>
        <translation>Stitch meldet sich als eigener Benutzer an, der nichts anderes kann, als den Tunnel zu halten. Der Assistent legt ihn mit seiner Gruppe, einem Ordner ~/.ssh (Modus 700) und authorized_keys (Modus 600) mit dem Stitch-Schlüssel in einer Zeile an und prüft, ob sshd diesen Benutzer hereinlässt und den Tunnel erlaubt.</translation>
    </message>
    <message>
        <source>Tunnel user name</source>
        <translation>Name des Tunnelbenutzers</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Problem with the user name</source>
        <translation>Problem mit dem Benutzernamen</translation>
    </message>
    <message>
        <source>Enter a valid user name first.</source>
        <translation>Geben Sie zuerst einen gültigen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Accept the key only from Stitch&apos;s addresses</source>
        <translation>Den Schlüssel nur von Stitchs Adressen annehmen</translation>
    </message>
    <message>
        <source>The key can always do nothing but hold a tunnel to the database&apos;s host and port. This also adds from=&quot;…&quot; with Stitch&apos;s addresses, so the key is refused from anywhere else.</source>
        <translation>Der Schlüssel kann ohnehin nur einen Tunnel zu Host und Port der Datenbank halten. Dies fügt zusätzlich from=&quot;…&quot; mit Stitchs Adressen hinzu, sodass der Schlüssel von überall sonst abgewiesen wird.</translation>
    </message>
    <message>
        <source>Use the existing account (this wizard did not create it)</source>
        <translation>Das vorhandene Konto verwenden (dieser Assistent hat es nicht angelegt)</translation>
    </message>
    <message>
        <source>Tick this only if the account is meant for Stitch&apos;s tunnel and nothing else: Stitch&apos;s key is added to it.</source>
        <translation>Kreuzen Sie dies nur an, wenn das Konto für Stitchs Tunnel und nichts anderes gedacht ist: Stitchs Schlüssel wird ihm hinzugefügt.</translation>
    </message>
    <message>
        <source>Fix sshd for the tunnel user</source>
        <translation>sshd für den Tunnelbenutzer anpassen</translation>
    </message>
    <message>
        <source>When you apply, the wizard adds a &quot;Match User&quot; block for the tunnel user alone that lets it in and allows its tunnel, checks it with sshd -t and sshd -T, and reloads sshd. If a fresh login as you or the tunnel user&apos;s login then fails, the block is taken out again. Open sessions stay open; settings for other users are not touched.</source>
        <translation>Beim Anwenden fügt der Assistent einen „Match User“-Block nur für den Tunnelbenutzer hinzu, der ihn hereinlässt und seinen Tunnel erlaubt, prüft ihn mit sshd -t und sshd -T und lädt sshd neu. Schlägt danach eine neue Anmeldung als Sie oder die Anmeldung des Tunnelbenutzers fehl, wird der Block wieder entfernt. Offene Sitzungen bleiben bestehen; Einstellungen für andere Benutzer bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::TunnelWizard</name>
    <message>
        <source>Stitch SSH Tunnel Wizard</source>
        <translation>Stitch SSH-Tunnel-Assistent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>1. SSH port</source>
        <translation>1. SSH-Port</translation>
    </message>
    <message>
        <source>2. Database</source>
        <translation>2. Datenbank</translation>
    </message>
    <message>
        <source>3. Stitch key</source>
        <translation>3. Stitch-Schlüssel</translation>
    </message>
    <message>
        <source>4. Stitch user</source>
        <translation>4. Stitch-Benutzer</translation>
    </message>
    <message>
        <source>5. Finish in Stitch</source>
        <translation>5. Abschluss in Stitch</translation>
    </message>
    <message>
        <source>Did Stitch get in?</source>
        <translation>Ist Stitch hineingekommen?</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::WatchPage</name>
    <message>
        <source>Did Stitch get in?</source>
        <translation>Ist Stitch hineingekommen?</translation>
    </message>
    <message>
        <source>&amp;Watch for Stitch</source>
        <translation>Auf Stitch wa&amp;rten</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Anha&amp;lten</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>Stand der Beobachtung</translation>
    </message>
    <message>
        <source>Stitch&apos;s connections as sshd logged them</source>
        <translation>Stitchs Verbindungen, wie sshd sie protokolliert hat</translation>
    </message>
    <message>
        <source>Stitch&apos;s connections appear here as they arrive.</source>
        <translation>Stitchs Verbindungen erscheinen hier, sobald sie ankommen.</translation>
    </message>
    <message>
        <source>Did Stitch get in</source>
        <translation>Ist Stitch hineingekommen</translation>
    </message>
    <message>
        <source>What the watch found, with fixes</source>
        <translation>Was die Beobachtung ergab, mit Abhilfen</translation>
    </message>
    <message>
        <source>Start Stitch&apos;s connection check now: in Stitch, open the integration&apos;s settings with the values from step 5 and click Save (or test the connection). Then click Watch for Stitch: this page reads sshd&apos;s log on %1 for up to %2 and says whether Stitch got in as %3, and if not, why and what to fix. It changes nothing.</source>
        <translation>Starten Sie jetzt die Verbindungsprüfung von Stitch: Öffnen Sie in Stitch die Einstellungen der Integration mit den Werten aus Schritt 5 und klicken Sie auf Save (oder testen Sie die Verbindung). Klicken Sie dann auf „Auf Stitch warten“: Diese Seite liest bis zu %2 lang das Protokoll von sshd auf %1 und sagt, ob Stitch als %3 hineingekommen ist und, falls nicht, warum und was zu beheben ist. Sie ändert nichts.</translation>
    </message>
    <message>
        <source>Connecting to %1 to read sshd&apos;s log…</source>
        <translation>Verbinde mit %1, um das Protokoll von sshd zu lesen…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Halte an…</translation>
    </message>
    <message>
        <source>Watching sshd&apos;s log for Stitch (user %1) for up to %2. Start Stitch&apos;s connection check now.</source>
        <translation>Beobachte das Protokoll von sshd bis zu %2 lang auf Stitch (Benutzer %1). Starten Sie jetzt die Verbindungsprüfung von Stitch.</translation>
    </message>
    <message>
        <source>Stopped before anything from Stitch was seen.</source>
        <translation>Angehalten, bevor von Stitch etwas zu sehen war.</translation>
    </message>
    <message>
        <source>Could not watch sshd&apos;s log: %1</source>
        <translation>Das Protokoll von sshd konnte nicht beobachtet werden: %1</translation>
    </message>
    <message>
        <source>Yes: Stitch got in as %1 and sshd did not refuse its tunnel.</source>
        <translation>Ja: Stitch ist als %1 hineingekommen, und sshd hat seinen Tunnel nicht abgelehnt.</translation>
    </message>
    <message>
        <source>No: Stitch did not get in. Why, and what to fix:</source>
        <translation>Nein: Stitch ist nicht hineingekommen. Warum, und was zu beheben ist:</translation>
    </message>
</context>
<context>
    <name>stitch::wizard::WelcomePage</name>
    <message>
        <source>Set up an SSH tunnel for Stitch</source>
        <translation>Einen SSH-Tunnel für Stitch einrichten</translation>
    </message>
    <message>
        <source>This wizard prepares your SSH server so that Stitch can reach your database through an SSH tunnel. It does the five steps of Stitch&apos;s guide for you, and checks each one on the real server before it moves on. Nothing changes without your confirmation.</source>
        <translation>Dieser Assistent bereitet Ihren SSH-Server so vor, dass Stitch Ihre Datenbank über einen SSH-Tunnel erreichen kann. Er erledigt die fünf Schritte von Stitchs Anleitung für Sie und prüft jeden davon auf dem echten Server, bevor er weitergeht. Ohne Ihre Bestätigung wird nichts geändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You need:&lt;/b&gt; the SSH server&apos;s address and an account there that may use sudo; the Stitch public key (Stitch: integration settings → SSH Tunnel); and where the database is, as seen from the SSH server.</source>
        <translation>&lt;b&gt;Sie brauchen:&lt;/b&gt; die Adresse des SSH-Servers und ein Konto dort, das sudo verwenden darf; den öffentlichen Stitch-Schlüssel (Stitch: Einstellungen der Integration → SSH Tunnel); und wo die Datenbank liegt, aus Sicht des SSH-Servers.</translation>
    </message>
    <message>
        <source>Stitch data pipeline region</source>
        <translation>Region der Stitch-Datenpipeline</translation>
    </message>
    <message>
        <source>Custom list of addresses</source>
        <translation>Eigene Adressliste</translation>
    </message>
    <message>
        <source>Custom Stitch addresses</source>
        <translation>Eigene Stitch-Adressen</translation>
    </message>
    <message>
        <source>One address or range per line, e.g. 52.23.137.21/32</source>
        <translation>Eine Adresse oder ein Bereich pro Zeile, z. B. 52.23.137.21/32</translation>
    </message>
    <message>
        <source>&amp;Integration (Stitch reads from this database)</source>
        <translation>&amp;Integration (Stitch liest aus dieser Datenbank)</translation>
    </message>
    <message>
        <source>De&amp;stination (Stitch loads into this database)</source>
        <translation>D&amp;estination (Stitch lädt in diese Datenbank)</translation>
    </message>
    <message>
        <source>Database type</source>
        <translation>Datenbanktyp</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>Microsoft SQL Server</source>
        <translation>Microsoft SQL Server</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>Oracle</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>Database host as the SSH server sees it</source>
        <translation>Datenbank-Host aus Sicht des SSH-Servers</translation>
    </message>
    <message>
        <source>e.g. localhost, 10.0.1.5 or db.internal</source>
        <translation>z. B. localhost, 10.0.1.5 oder db.internal</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>Datenbank-Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Stitch &amp;region:</source>
        <translation>Stitch-&amp;Region:</translation>
    </message>
    <message>
        <source>Stitch uses it as:</source>
        <translation>Stitch nutzt sie als:</translation>
    </message>
    <message>
        <source>&amp;Database type:</source>
        <translation>Datenbank&amp;typ:</translation>
    </message>
    <message>
        <source>Database &amp;host:</source>
        <translation>Datenbank-H&amp;ost:</translation>
    </message>
    <message>
        <source>As the SSH server reaches it: often localhost, or a private address.</source>
        <translation>So wie der SSH-Server sie erreicht: oft localhost oder eine private Adresse.</translation>
    </message>
    <message>
        <source>Where to find it: in the Stitch web app, under Account settings. The region decides the addresses Stitch connects from.</source>
        <translation>Wo Sie sie finden: in der Stitch-Web-App unter Account settings. Die Region bestimmt, von welchen Adressen Stitch sich verbindet.</translation>
    </message>
</context>
</TS>

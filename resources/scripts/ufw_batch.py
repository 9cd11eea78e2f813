"""Adds every missing "allow" rule in one ufw process, through the API /usr/sbin/ufw uses.

Run by lib_firewall.sh as `python3 -I - UFW_BINARY IP@PORT...`. Exits 3 without changing
anything when that API cannot be loaded (the caller then runs one `ufw allow` per rule).
"""
import sys

ufw_bin, pairs = sys.argv[1], sys.argv[2:]
try:
    import gettext
    import ufw.common
    import ufw.frontend
    import ufw.util
    gettext.install(ufw.common.programName)
    sys.argv[0] = ufw_bin  # ufw checks the ownership of its own executable
    ui = ufw.frontend.UFWFrontend(False)
    lock = ufw.util.create_lock(lockfile="/run/ufw.lock", dryrun=False)
except Exception as e:  # noqa: BLE001 - any failure here means "use the fallback"
    print("stitch-ufw: batch unavailable: %s" % e)
    sys.exit(3)
try:
    for pair in pairs:
        ip, port = pair.rsplit("@", 1)
        pr = ufw.frontend.parse_command(["ufw", "allow", "proto", "tcp", "from", ip, "to", "any",
                                         "port", port, "comment", "stitch-tunnel"])
        res = ui.do_action(pr.action, pr.data["rule"], pr.data["iptype"], pr.force)
        print("stitch-ufw: %s %s" % (pair, "skipped" if "Skipping" in res else "added"))
except Exception as e:  # noqa: BLE001
    print("stitch-ufw: failed: %s" % getattr(e, "value", e))
    sys.exit(1)
finally:
    ufw.util.release_lock(lock)

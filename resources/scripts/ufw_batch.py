"""Adds every missing "allow" rule in one ufw process, through the API /usr/sbin/ufw uses.

Run by lib_ufw.sh as `python3 -I - UFW_BINARY LISTING IP@PORT...`. Exits 3 without changing
anything when that API cannot be loaded (the caller then runs one `ufw allow` per rule). When
LISTING is not empty, what `ufw status verbose` prints afterwards goes there, byte for byte (the
same call, in this process): the verify at the end of the run reads it instead of starting ufw's
interpreter once more.
"""
import sys

ufw_bin, listing, pairs = sys.argv[1], sys.argv[2], sys.argv[3:]
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


def already_there(rule):
    """The same rule exists, whatever its comment. ufw itself would re-tag an admin's own
    untagged rule as ours (and a later removal would then delete it): leave such a rule be."""
    wanted = rule.dup_rule()
    wanted.normalize()  # as ufw compares: 198.18.7.7/32 is 198.18.7.7
    for existing in ui.backend.get_rules():
        other = existing.dup_rule()
        other.normalize()
        if ufw.common.UFWRule.match(other, wanted) in (0, -2):
            return True
    return False


try:
    for pair in pairs:
        ip, port = pair.rsplit("@", 1)
        pr = ufw.frontend.parse_command(["ufw", "allow", "proto", "tcp", "from", ip, "to", "any",
                                         "port", port, "comment", "stitch-tunnel"])
        if already_there(pr.data["rule"]):
            print("stitch-ufw: %s skipped" % pair)
            continue
        res = ui.do_action(pr.action, pr.data["rule"], pr.data["iptype"], pr.force)
        print("stitch-ufw: %s %s" % (pair, "skipped" if "Skipping" in res else "added"))
except Exception as e:  # noqa: BLE001
    print("stitch-ufw: failed: %s" % getattr(e, "value", e))
    sys.exit(1)
finally:
    ufw.util.release_lock(lock)

if listing:
    try:
        status = ui.backend.get_status(True, False)
        with open(listing, "w", encoding="utf-8") as f:
            f.write(status + "\n")  # as ufw's msg() prints it
    except Exception as e:  # noqa: BLE001 - then the verify asks ufw itself
        print("stitch-ufw: no listing: %s" % getattr(e, "value", e))

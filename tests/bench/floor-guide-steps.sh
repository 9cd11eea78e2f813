# The floor of tests/bench (docs/PERFORMANCE.md): Stitch's guide, steps 4 and 1, typed as one
# command and sent with one `ssh` invocation by the stock OpenSSH client. No checks, no
# verification, no self-test: it fails if the user exists. The benchmark replaces @KEY@ (the
# Stitch public key) and @PORT@ (the SSH port), and runs it as `sudo -S -p '' sh -c '<this>'`
# with the sudo password on stdin.
set -e
groupadd stitch
useradd -m -g stitch stitch
su stitch -s /bin/sh -c 'mkdir ~/.ssh && chmod 700 ~/.ssh && touch ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys && echo "@KEY@" >> ~/.ssh/authorized_keys'
ufw allow from 52.23.137.21/32 to any port @PORT@ proto tcp
ufw allow from 52.204.223.208/32 to any port @PORT@ proto tcp
ufw allow from 52.204.228.32/32 to any port @PORT@ proto tcp
ufw allow from 52.204.230.227/32 to any port @PORT@ proto tcp

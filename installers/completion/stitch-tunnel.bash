# bash completion for stitch-tunnel                                  -*- shell-script -*-
# Installed as /usr/share/bash-completion/completions/stitch-tunnel. Keep the options in step
# with cli/cli_options.cpp (`stitch-tunnel --help`); tests/unit/cli_option_docs_test.cpp checks
# that `options` lists every one, and that every option taking a value has a branch below.

_stitch_tunnel()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion -n = || return
    else
        COMPREPLY=()
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD - 1]}"
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    local commands="connect check apply remove script playbook watch stitch-source help"
    local options="--help --version --json --report --show-commands
        --host --port --login --connect-timeout
        --password-file --identity --passphrase-file --agent --sudo-password-file
        --known-hosts --accept-new-host-key --host-key-fingerprint
        --region --allow-ip --public-key-file --public-key --tunnel-user
        --db-type --db-host --db-port --db-user --db-name --db-ssl --public-host
        --no-self-test --fix-sshd --enable-firewall --keep-ssh-from
        --key-from-stitch-only --restrict-key --unrestricted-key --adopt-existing-user
        --keep-old-key --hosts --output --minutes --token-file --source-id --list --api-url
        --ca-file --remove-user --remove-firewall-rules --turn-off-ufw"

    case "$prev" in
        --password-file | --identity | --passphrase-file | --sudo-password-file | \
            --known-hosts | --public-key-file | --report | --output | --token-file | --ca-file)
            if declare -F _filedir >/dev/null 2>&1; then
                _filedir
            else
                mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            fi
            return
            ;;
        --host | --db-host | --public-host)
            if declare -F _known_hosts_real >/dev/null 2>&1; then
                _known_hosts_real -- "$cur"
            else
                mapfile -t COMPREPLY < <(compgen -A hostname -- "$cur")
            fi
            return
            ;;
        --login)
            mapfile -t COMPREPLY < <(compgen -u -- "$cur")
            return
            ;;
        --region)
            mapfile -t COMPREPLY < <(compgen -W "north-america europe" -- "$cur")
            return
            ;;
        --db-type)
            mapfile -t COMPREPLY < <(compgen -W "postgresql mysql sqlserver oracle mongodb" -- "$cur")
            return
            ;;
        --port | --db-port | --connect-timeout | --allow-ip | --keep-ssh-from | --public-key | \
            --tunnel-user | --db-user | --db-name | --host-key-fingerprint | --hosts | --minutes | \
            --source-id | --api-url)
            # a value of the user's own
            return
            ;;
    esac

    if [[ "$cur" == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return
    fi

    # Offer the commands until one has been given.
    local i
    for ((i = 1; i < cword; i++)); do
        case " $commands " in
            *" ${words[i]} "*) return ;;
        esac
    done
    mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
}

complete -F _stitch_tunnel stitch-tunnel

# bash completion for meshery-auth-cli                               -*- shell-script -*-
# Installed as <datadir>/bash-completion/completions/meshery-auth-cli.

# One column of a table the CLI prints (header row first), cut at the header's column offsets,
# so that names with spaces stay whole. $1: header of the wanted column; the rest: the command.
_meshery_auth_cli_column()
{
    local column=$1
    shift
    "$@" 2>/dev/null | awk -v column="$column" '
        NR == 1 {
            start = index($0, column)
            rest = substr($0, start + length(column))
            match(rest, /[^ ]/)
            width = (RSTART > 0) ? length(column) + RSTART - 1 : 0
            next
        }
        start > 0 {
            value = (width > 0) ? substr($0, start, width) : substr($0, start)
            sub(/ +$/, "", value)
            if (value != "") print value
        }'
}

_meshery_auth_cli()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    local program=${words[0]}
    local commands="providers login status token orgs test logout profiles mesheryctl"
    local globals="--server --profile --timeout --help --version"

    # The server the line is about, passed on to the look-ups below; they must not wait long.
    local -a selection=(--timeout 3)
    local command="" subcommand="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        --server | --profile)
            selection+=("${words[i]}" "${words[i + 1]}")
            ((i++))
            ;;
        --timeout | --provider | --format | --config | --context)
            ((i++))
            ;;
        -*) ;;
        *)
            if [[ -z $command ]]; then
                command=${words[i]}
            elif [[ -z $subcommand ]]; then
                subcommand=${words[i]}
            fi
            ;;
        esac
    done

    local IFS=$'\n'
    case $prev in
    --profile)
        COMPREPLY=($(compgen -W "$(_meshery_auth_cli_column NAME "$program" profiles)" -- "$cur"))
        return
        ;;
    --server)
        COMPREPLY=($(compgen -W "$(_meshery_auth_cli_column SERVER "$program" profiles)" -- "$cur"))
        return
        ;;
    --provider)
        COMPREPLY=($(compgen -W "$(_meshery_auth_cli_column KEY "$program" "${selection[@]}" providers)" -- "$cur"))
        return
        ;;
    --format)
        COMPREPLY=($(compgen -W $'raw\nbearer\ncookie\nheaders\ncurl\nmesheryctl' -- "$cur"))
        return
        ;;
    --config)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --timeout | --context)
        return
        ;;
    esac
    unset IFS

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$globals" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local options="--server --profile --timeout --help"
    local words_here=""
    case $command in
    providers | status | test)
        options+=" --json"
        ;;
    login)
        options+=" --provider --web --token-stdin --print-url"
        ;;
    token)
        options+=" --format"
        ;;
    logout) ;;
    orgs)
        options+=" --json"
        if [[ -z $subcommand ]]; then
            words_here="use"
        elif [[ $subcommand == use && $prev == use ]]; then
            local IFS=$'\n'
            COMPREPLY=($(compgen -W "$(_meshery_auth_cli_column ID "$program" "${selection[@]}" orgs)" -- "$cur"))
            return
        fi
        ;;
    profiles)
        options+=" --json"
        case $subcommand in
        add) options+=" --allow-http --ca-file --client-cert --client-key --client-key-passphrase-stdin" ;;
        trust) options+=" --fingerprint" ;;
        esac
        if [[ -z $subcommand ]]; then
            words_here="add remove use trust untrust"
        elif [[ ($subcommand == remove || $subcommand == use || $subcommand == trust || $subcommand == untrust) &&
            $prev == "$subcommand" ]]; then
            local IFS=$'\n'
            COMPREPLY=($(compgen -W "$(_meshery_auth_cli_column NAME "$program" profiles)" -- "$cur"))
            return
        fi
        ;;
    mesheryctl)
        options+=" --json --config"
        case $subcommand in
        "") words_here="import export" ;;
        export) options+=" --context --replace" ;;
        esac
        ;;
    *)
        return
        ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    else
        COMPREPLY=($(compgen -W "$words_here" -- "$cur"))
    fi
} &&
    complete -F _meshery_auth_cli meshery-auth-cli

# ex: filetype=sh

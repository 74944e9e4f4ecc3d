export const id = 254;
export const ids = [254];
export const modules = {

/***/ 3254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   completionScript: () => (/* binding */ completionScript),
/* harmony export */   completionTree: () => (/* binding */ completionTree),
/* harmony export */   register: () => (/* binding */ register)
/* harmony export */ });
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5338);


const SHELLS = ['bash', 'zsh', 'fish'];
function isHidden(cmd) {
    return cmd._hidden === true;
}
/** Every visible command under `root`, depth first, in registration order. */
function completionTree(root) {
    const out = [];
    const walk = (cmd, path) => {
        const subs = cmd.commands.filter((c) => !isHidden(c));
        const options = cmd.options
            .filter((o) => !o.hidden)
            .map((o) => ({ long: o.long, short: o.short, description: o.description, takesValue: o.required || o.optional }));
        options.push({ long: '--help', short: '-h', description: 'display help for command', takesValue: false });
        if (path === '')
            options.push({ long: '--version', short: '-V', description: 'output the version number', takesValue: false });
        out.push({ path, subcommands: subs.map((c) => ({ name: c.name(), description: c.description() })), options });
        for (const c of subs)
            walk(c, path === '' ? c.name() : `${path} ${c.name()}`);
    };
    walk(root, '');
    return out;
}
/** A POSIX-shell single-quoted word. */
function sq(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
function firstLine(s) {
    return s.split('\n')[0].trim();
}
function optionWords(n) {
    return n.options.flatMap((o) => [o.long, o.short].filter((x) => x !== undefined));
}
/** `case` arms of a function mapping a command path to words (bash and zsh share this shape). */
function caseArms(nodes, words) {
    return nodes
        .filter((n) => words(n).length > 0)
        .map((n) => `    ${sq(n.path)}) printf '%s\\n' ${words(n).map(sq).join(' ')} ;;`)
        .join('\n');
}
// Both walk the words typed so far, keep those that name a subcommand of the path so far, and offer
// that path's subcommands (or its options after a dash); a command without subcommands completes files.
function bash(nodes) {
    return `# assay completion for bash. Load it with: source <(assay completion bash)
_assay_subcommands() {
  case "$1" in
${caseArms(nodes, (n) => n.subcommands.map((s) => s.name))}
  esac
}
_assay_options() {
  case "$1" in
${caseArms(nodes, optionWords)}
  esac
}
_assay() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" cmdpath="" w i subs
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ "$w" == -* ]] && continue
    subs=" $(_assay_subcommands "$cmdpath" | tr '\\n' ' ') "
    [[ "$subs" == *" $w "* ]] && cmdpath="\${cmdpath:+$cmdpath }$w"
  done
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$(_assay_options "$cmdpath")" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$(_assay_subcommands "$cmdpath")" -- "$cur"))
  fi
}
complete -o default -F _assay assay
`;
}
function zsh(nodes) {
    const described = (n) => n.subcommands.map((s) => `${s.name.replace(/:/g, '\\:')}:${firstLine(s.description)}`);
    return `#compdef assay
# assay completion for zsh. Load it with: source <(assay completion zsh)
# (or save it as _assay in a directory on $fpath).
_assay_subcommands() {
  case "$1" in
${caseArms(nodes, (n) => n.subcommands.map((s) => s.name))}
  esac
}
_assay_described() {
  case "$1" in
${caseArms(nodes, described)}
  esac
}
_assay_options() {
  case "$1" in
${caseArms(nodes, optionWords)}
  esac
}
_assay() {
  local cmdpath="" w i subs
  local -a items
  for ((i = 2; i < CURRENT; i++)); do
    w="\${words[i]}"
    [[ "$w" == -* ]] && continue
    subs=" \${(j: :)\${(f)"$(_assay_subcommands "$cmdpath")"}} "
    [[ "$subs" == *" $w "* ]] && cmdpath="\${cmdpath:+$cmdpath }$w"
  done
  if [[ "\${words[CURRENT]}" == -* ]]; then
    items=(\${(f)"$(_assay_options "$cmdpath")"})
    compadd -- $items
  else
    items=(\${(f)"$(_assay_described "$cmdpath")"})
    if (( \${#items} )); then _describe 'command' items; else _files; fi
  fi
}
if [[ "$funcstack[1]" == _assay ]]; then _assay "$@"; else compdef _assay assay; fi
`;
}
function fish(nodes) {
    const lines = [
        '# assay completion for fish. Load it with: assay completion fish | source',
        '# (or save it as ~/.config/fish/completions/assay.fish).',
        'function __assay_subcommands',
        '    switch $argv[1]',
    ];
    for (const n of nodes) {
        if (n.subcommands.length === 0)
            continue;
        lines.push(`        case ${sq(n.path)}`, `            printf '%s\\n' ${n.subcommands.map((s) => sq(s.name)).join(' ')}`);
    }
    lines.push('    end', 'end', 'function __assay_path', '    set -l p ""', '    for w in (commandline -opc)[2..-1]', "        string match -q -- '-*' $w; and continue", '        if contains -- $w (__assay_subcommands $p)', '            set p (string trim -- "$p $w")', '        end', '    end', '    echo $p', 'end', 'function __assay_at', '    set -l p (__assay_path)', '    test "$p" = "$argv[1]"', 'end');
    for (const n of nodes) {
        const cond = sq(`__assay_at ${sq(n.path)}`);
        if (n.subcommands.length > 0)
            lines.push(`complete -c assay -n ${cond} -f`);
        for (const s of n.subcommands)
            lines.push(`complete -c assay -n ${cond} -a ${sq(s.name)} -d ${sq(firstLine(s.description))}`);
        for (const o of n.options) {
            const flags = [o.long !== undefined ? `-l ${o.long.slice(2)}` : '', o.short !== undefined ? `-s ${o.short.slice(1)}` : ''].filter(Boolean).join(' ');
            lines.push(`complete -c assay -n ${cond} ${flags}${o.takesValue ? ' -r' : ''} -d ${sq(firstLine(o.description))}`);
        }
    }
    return lines.join('\n') + '\n';
}
/** The completion script for `shell` from the commands registered on `root`. */
function completionScript(root, shell) {
    const nodes = completionTree(root);
    return shell === 'bash' ? bash(nodes) : shell === 'zsh' ? zsh(nodes) : fish(nodes);
}
function register(program) {
    program
        .command('completion')
        .description('Print a shell completion script: bash, zsh or fish')
        .argument('<shell>', 'bash | zsh | fish')
        .action((shell) => {
        try {
            if (!SHELLS.includes(shell)) {
                throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('E_INVALID_ARGS', `unknown shell "${shell}" (allowed: bash, zsh, fish)`, { source: 'cli' });
            }
            (0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .emitArtefact */ .g9)(completionScript(program, shell));
        }
        catch (e) {
            process.exitCode = (0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .reportError */ .N7)(e);
        }
    });
}


/***/ })

};

//! README's command synopsis, checked against the CLI's own definitions (clap's `Command`):
//! every command it names exists, every flag it shows belongs to that command, a flag's value
//! written with a format (`CC=N`) is the format the CLI parses, listed choices are choices the
//! CLI accepts, and every command of the CLI appears in it. A newcomer copies these lines.

#[cfg(test)]
mod tests {
    use clap::{Arg, Command, CommandFactory};

    use crate::args::Cli;

    const README: &str = include_str!("../../../README.md");

    /// One command as README writes it: its source line and its words.
    struct Usage {
        line: usize,
        words: Vec<String>,
    }

    /// The shell block under "## The command line", joined into one entry per command
    /// (continuation lines are indented) with trailing comments removed.
    fn synopsis_entries() -> Vec<(usize, String)> {
        let section = README.find("## The command line").expect("README has a command-line section");
        let start = section + README[section..].find("```sh\n").expect("a shell block") + 6;
        let end = start + README[start..].find("```").expect("the block ends");
        let first_line = README[..start].lines().count() + 1;
        let mut entries: Vec<(usize, String)> = Vec::new();
        for (i, raw) in README[start..end].lines().enumerate() {
            let line = raw.find("  #").map_or(raw, |at| &raw[..at]).trim_end();
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            if line.starts_with("vendor-risk") {
                entries.push((first_line + i, line.to_owned()));
            } else if let Some((_, entry)) = entries.last_mut() {
                // `a|b|` at a line's end continues a list of choices on the next line.
                if !entry.ends_with('|') {
                    entry.push(' ');
                }
                entry.push_str(line.trim());
            }
        }
        entries
    }

    /// Splits an entry at ` | ` outside brackets: `flow list … | flow end …` is two commands,
    /// `(VENDOR | --all)` is one.
    fn alternatives(entry: &str) -> Vec<String> {
        let mut parts = vec![String::new()];
        let mut depth = 0i32;
        let chars: Vec<char> = entry.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            depth += match c {
                '[' | '(' => 1,
                ']' | ')' => -1,
                _ => 0,
            };
            let spaced = i > 0 && chars[i - 1] == ' ' && chars.get(i + 1) == Some(&' ');
            if c == '|' && depth == 0 && spaced {
                parts.push(String::new());
            } else {
                parts.last_mut().expect("one part").push(c);
            }
        }
        parts
    }

    fn usages() -> Vec<Usage> {
        synopsis_entries()
            .into_iter()
            .flat_map(|(line, entry)| {
                alternatives(&entry).into_iter().map(move |part| {
                    let words = part
                        .split_whitespace()
                        .map(|w| w.trim_matches(|c| "[]().'\"".contains(c)).to_owned())
                        .filter(|w| !w.is_empty() && w != ">")
                        .collect();
                    Usage { line, words }
                })
            })
            .collect()
    }

    fn is_command_word(word: &str) -> bool {
        word.split('|')
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()))
            && word.starts_with(|c: char| c.is_ascii_lowercase())
    }

    /// The command a usage names, with its ancestors: found from the root or, for
    /// `… | add-subject …`, beside the previous usage's command; `None` when README names a
    /// command the CLI lacks.
    struct Resolved<'a> {
        chain: Vec<&'a Command>,
        /// The command words README wrote, `archive|restore` being two commands.
        path: Vec<String>,
        /// How many words name the command (`vendor-risk --db FILE` included).
        used: usize,
    }

    fn resolve<'a>(root: &'a Command, previous: &[&'a Command], words: &[String]) -> Option<Resolved<'a>> {
        let (skipped, words) = match words.first().map(String::as_str) {
            Some("vendor-risk") => (3, &words[3.min(words.len())..]), // vendor-risk --db FILE
            _ => (0, words),
        };
        let from_root = skipped == 3 || words.first().is_some_and(|w| root.find_subcommand(first_choice(w)).is_some());
        let mut chain: Vec<&Command> =
            if from_root { vec![root] } else { previous[..previous.len().checked_sub(1)?].to_vec() };
        let base = chain.len();
        let mut path = Vec::new();
        for word in words.iter().take_while(|w| is_command_word(w)) {
            let current = *chain.last()?;
            let found: Vec<&Command> = word.split('|').filter_map(|w| current.find_subcommand(w)).collect();
            if found.len() != word.split('|').count() {
                break;
            }
            chain.push(found[0]);
            path.push(word.clone());
        }
        (chain.len() > base).then(|| Resolved { used: skipped + path.len(), chain, path })
    }

    fn first_choice(word: &str) -> &str {
        word.split('|').next().unwrap_or(word)
    }

    fn find_flag<'a>(chain: &[&'a Command], name: &str) -> Option<&'a Arg> {
        chain.iter().rev().flat_map(|c| c.get_arguments()).find(|a| a.get_long() == Some(name))
    }

    /// What is wrong with one `--flag VALUE` of a usage, if anything.
    fn check_flag(chain: &[&Command], flag: &str, value: Option<&str>) -> Option<String> {
        let Some(arg) = find_flag(chain, flag) else {
            return Some(format!("has no flag --{flag}"));
        };
        let value = value.filter(|_| arg.get_action().takes_values())?;
        let names: Vec<String> = arg.get_value_names().unwrap_or_default().iter().map(|n| n.to_string()).collect();
        if let Some(format) = names.iter().find(|n| n.contains(['=', ':']))
            && value != format
        {
            return Some(format!("takes --{flag} {format}, README writes --{flag} {value}"));
        }
        let choices: Vec<String> = arg.get_possible_values().iter().map(|p| p.get_name().to_owned()).collect();
        if !choices.is_empty()
            && is_command_word(value)
            && let Some(bad) = value.split('|').find(|v| !choices.iter().any(|c| c == v))
        {
            return Some(format!("--{flag} does not accept {bad} (it takes {})", choices.join("|")));
        }
        None
    }

    fn path_name(chain: &[&Command]) -> String {
        chain.iter().map(|c| c.get_name()).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn every_command_and_flag_in_the_readme_synopsis_is_the_clis() {
        let root = Cli::command();
        let mut problems = Vec::new();
        let mut previous: Vec<&Command> = Vec::new();
        let usages = usages();
        assert!(usages.len() > 80, "the synopsis was not found whole: {} commands", usages.len());
        for usage in &usages {
            let Some(Resolved { chain, used, .. }) = resolve(&root, &previous, &usage.words) else {
                problems.push(format!("README line {}: no such command: {}", usage.line, usage.words.join(" ")));
                continue;
            };
            let rest = &usage.words[used..];
            for (i, word) in rest.iter().enumerate() {
                let Some(flag) = word.strip_prefix("--") else { continue };
                let value = rest.get(i + 1).map(String::as_str).filter(|v| !v.starts_with("--"));
                if let Some(problem) = check_flag(&chain, flag, value) {
                    problems.push(format!("README line {}: `{}` {problem}", usage.line, path_name(&chain)));
                }
            }
            previous = chain;
        }
        assert!(problems.is_empty(), "README's synopsis disagrees with the CLI:\n{}", problems.join("\n"));
    }

    #[test]
    fn every_command_of_the_cli_is_in_the_readme_synopsis() {
        let root = Cli::command();
        let mut named: Vec<String> = Vec::new();
        let mut previous: Vec<&Command> = Vec::new();
        for usage in usages() {
            if let Some(Resolved { chain, path, .. }) = resolve(&root, &previous, &usage.words) {
                let prefix: Vec<&str> = chain[1..chain.len() - 1].iter().map(|c| c.get_name()).collect();
                for choice in path.last().expect("a command word").split('|') {
                    named.push([prefix.clone(), vec![choice]].concat().join(" "));
                }
                previous = chain;
            }
        }
        let mut missing = Vec::new();
        leaves(&root, &mut Vec::new(), &mut |path| {
            if !named.iter().any(|n| n == path) {
                missing.push(path.to_owned());
            }
        });
        assert!(missing.is_empty(), "commands missing from README's synopsis: {missing:?}");
    }

    fn leaves(command: &Command, path: &mut Vec<String>, found: &mut dyn FnMut(&str)) {
        for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
            path.push(sub.get_name().to_owned());
            if sub.has_subcommands() {
                leaves(sub, path, found);
            } else {
                found(&path.join(" "));
            }
            path.pop();
        }
    }

    #[test]
    fn every_flag_in_help_has_a_description() {
        let mut bare = Vec::new();
        described(&Cli::command(), &mut Vec::new(), &mut bare);
        assert!(bare.is_empty(), "--help shows these without a description: {bare:?}");
    }

    fn described(command: &Command, path: &mut Vec<String>, bare: &mut Vec<String>) {
        for arg in command
            .get_arguments()
            .filter(|a| !a.is_positional() && !["help", "version"].contains(&a.get_id().as_str()))
        {
            if arg.get_help().is_none() && arg.get_long_help().is_none() {
                bare.push(format!("{} --{}", path.join(" "), arg.get_long().unwrap_or_default()));
            }
        }
        for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
            path.push(sub.get_name().to_owned());
            if sub.get_about().is_none() {
                bare.push(path.join(" "));
            }
            described(sub, path, bare);
            path.pop();
        }
    }

    #[test]
    fn the_vendor_flags_paragraph_names_flags_of_vendor_add() {
        let root = Cli::command();
        let add = root.find_subcommand("vendor").and_then(|v| v.find_subcommand("add")).expect("vendor add");
        let from = README.find("Vendor flags:").expect("README lists the vendor flags");
        let to = from + README[from..].find("Dates are").expect("the paragraph ends");
        let unknown: Vec<&str> = README[from..to]
            .split(|c: char| c == '`' || c.is_whitespace())
            .filter_map(|w| w.strip_prefix("--"))
            .filter(|flag| find_flag(&[add], flag).is_none())
            .collect();
        assert!(unknown.is_empty(), "README's vendor flags that `vendor add` lacks: {unknown:?}");
    }
}

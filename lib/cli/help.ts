/** Help texts. They describe the contract in the README ("The CLI"): keep them in step with it. */
import type { HelpTopic } from './args';

/**
 * How the README, the options page and this help name the command: it works in a clone, from
 * the repository root, after `npm run build`, and can never fetch a package from the registry.
 */
export const COMMAND = 'node bin/reply-coach.mjs';

const CHECK_USAGE = `  ${COMMAND} check [--lang auto|en|fr|sv|zh] [--format text|json] [--rules FILE]
        [--column NAME] [--id-column NAME] [FILE ...]
  ${COMMAND} check --jsonl [--lang L] [--rules FILE] [--format text] [FILE|-]`;

const USAGE = `Usage:
${CHECK_USAGE}
  ${COMMAND} rules [--lang en|fr|sv|zh]
  ${COMMAND} --help | check --help | rules --help | --version`;

const EXIT_CODES = `Exit codes:
  0  no finding at warning or above (info findings are nudges and do not count)
  1  at least one finding at warning or above
  2  usage or input error: unknown option or --lang, missing or unreadable file, bad CSV,
     bad rule pack, a JSONL line that cannot be read. The reason goes to standard error and
     outranks findings.`;

const MAIN = `reply-coach — coach customer-support replies for tone, offline.

Flags defensive, dismissive, blaming, condescending and curt phrasing (bare refusals, policy
without a reason, ALL-CAPS shouting) in saved replies and helpdesk macros, with the service
guideline each finding breaks and rewrites from the rule data. Nothing leaves your machine.

${USAGE}

Run it from the repository root after "npm run build". Anywhere inside the clone,
"npm exec --no -- reply-coach" runs the same command (--no: never download a package).

Commands:
  check   check replies: text or Markdown files, CSV macro exports, standard input, JSON Lines
  rules   print the built-in rules as JSON (id, category, severity, guideline, message, examples)

"${COMMAND} check --help" explains inputs, output formats and team rule packs.

${EXIT_CODES}`;

const CHECK = `reply-coach check — check saved replies or macros for tone

Usage:
${CHECK_USAGE}

Inputs:
  FILE (.txt, .md, …)   one reply per file
  FILE.csv              one reply per row of a helpdesk macro export (comma, semicolon or tab
                        separated; quoted fields may hold line breaks). Checks the --column NAME
                        column, else the first of "text", "body", "content" that exists. Rows are
                        numbered from 1, not counting the header; text output also names each
                        by the --id-column NAME cell, else the first of "id", "title", "name",
                        "subject" that exists.
  - or no FILE          one reply read from standard input
  A leading byte-order mark is not part of the text.

Options:
  --lang auto|en|fr|sv|zh  language of the replies. auto (default) detects it per reply; a reply
                           in a language without rules reports its detected code
                           ("lang":"de") with no findings and does not fail.
  --format text|json       text (default on a terminal): per reply a header line (name, score,
                           language, checklist items missing), then one line per finding,
                             FILE:LINE:COL  SEVERITY  CATEGORY  MESSAGE  → SUGGESTION
                           each followed by indented lines: "flagged" with the flagged words,
                           "rewrite" with the whole sentence as the first suggestion leaves it.
                           A reply with nothing to coach says "no problems found"; the last
                           line sums up: "12 replies, 3 with problems, 5 warnings, 1 error".
                           LINE and COL are 1-based and COL counts UTF-16 units; a CSV row
                           shows as FILE[ROW] and LINE:COL point into that row's text.
                           Colour only on a terminal: NO_COLOR=1, TERM=dumb or CI turn it
                           off, FORCE_COLOR=1 turns it on (FORCE_COLOR=0 off) anywhere.
                           json (default when the output is not a terminal): one array with one
                           element per reply (file, stdin or CSV row):
                             {"file","row"?,"lang","score","findings","checklist"}
                           "file" is "-" for standard input; findings of every severity, info
                           included; start/end are UTF-16 offsets into the reply's text.
  --rules FILE             apply a team rule pack (below)
  --column NAME            the CSV column to check
  --id-column NAME         the CSV column that names each row in text output
  --jsonl                  read JSON Lines, one reply per line: {"id","text","lang"?}. Writes one
                           line per input line, in the same order:
                             {"id","lang","score","findings"}
                           A line that cannot be read gets {"id":…|null,"line":N,"error":"…"}
                           (N counts input lines from 1) and the other lines still run.
                           A line's "lang" wins over --lang, which wins over detection.
                           Other fields on a line are ignored; blank lines are skipped.
                           --format text prints the text report instead (JSON Lines is the
                           default even on a terminal): each reply is FILE[LINE] (id: ID),
                           and a line that cannot be read is reported on standard error.
  -h, --help               this help

Findings: {"ruleId","category","severity","start","end","text","message","guideline","suggestions",
           "fixes"?,"why"?}  fixes: the suggestions as edits {"start","end","text","sentence"},
  sentence being the whole sentence after the edit; why: a model finding's weightiest words.
  category: blame, defensive, dismissive, condescending, refusal, policy, shouting (and
  placeholder for an unfilled "[reason]" left in the reply). severity: info, warning, error.
  score: 0–100, 100 means nothing to coach.

Rule packs (--rules FILE): the JSON a team lead exports from the options page.
  {"format": "reply-coach-rules", "version": 1, "name": "Our support tone",
   "rules":  {"<built-in rule id>": {"enabled": false}, "<rule id>": {"severity": "error"}},
   "custom": [{"id": "per-my-last", "lang": "en", "kind": "phrase", "pattern": "per my * email",
               "category": "condescending", "severity": "warning", "message": "…",
               "suggestions": ["…"], "guideline": "G4"}],
   "guidelines": {"G4": "our own wording"}}
  kind "phrase": case-insensitive, whole words, any whitespace between words, straight and
  curly apostrophes equal, a standalone * is exactly one word; in Chinese a plain substring.
  kind "regex": RE2 syntax (no backreferences, no lookaround), linear-time matching, "flags"
  from "imsu" (default "i"). suggestions default to [], guideline to the category's.
  A custom finding's ruleId is "custom:<id>". A bad pack stops the run (exit 2) with the field's
  path and the reason, e.g. custom[2].pattern; an unknown field is an error, an override for an
  unknown built-in rule id only a warning. Full format: lib/rules/rule-pack.schema.json.
  Built-in rule ids: ${COMMAND} rules.

Examples:
  ${COMMAND} check --format text reply.txt
  ${COMMAND} check --format text --column "Macro body" --id-column title macros.csv
  ${COMMAND} check --format text - < draft.txt
  ${COMMAND} check --jsonl --rules team.json replies.jsonl > results.jsonl

${EXIT_CODES}`;

const RULES = `reply-coach rules — print the built-in rules as JSON

Usage:
  ${COMMAND} rules [--lang en|fr|sv|zh]

Prints one JSON array: {"id","category","severity","guideline","message","examples":{"flag","pass"}}
for every built-in rule, or only for one language's rules with --lang. The ids are stable
("en.defensive.not-our-fault") and are what a rule pack's "rules" object overrides.

Exit codes: 0, or 2 for a usage error.`;

export function helpText(topic: HelpTopic): string {
  return `${topic === 'check' ? CHECK : topic === 'rules' ? RULES : MAIN}\n`;
}

export function usageHint(topic: HelpTopic): string {
  return `Run "${COMMAND} ${topic === 'main' ? '' : `${topic} `}--help" for usage.`;
}

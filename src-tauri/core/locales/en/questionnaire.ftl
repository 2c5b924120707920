### Vendor Risk Register: the questionnaire workbook a vendor fills in
### (src-tauri/core/src/questionnaire/workbook.rs), English. The questions themselves come from
### the template (built-in templates in Indonesian: data/questionnaires/id.json).

workbook-sheet-instructions = Instructions
workbook-sheet-questions = Questions
workbook-sheet-lists = Lists
workbook-header-section = Section
workbook-header-question = Question
workbook-header-answer = Answer
workbook-header-comment = Comment
workbook-header-how = How to answer
workbook-header-required = Required
workbook-required = Yes
workbook-title = { $title } (version { $version })
workbook-for = For: { $vendor }.
workbook-for-due = For: { $vendor }. Please reply by { $date }.
workbook-how-title = How to fill this in
workbook-step-1 = 1. Answer every question on the '{ $questions }' sheet in the '{ $answer }' column. Where there is a drop-down, pick from it.
workbook-step-2 = 2. Where several answers are allowed, separate them with ';'. Give dates as YYYY-MM-DD and numbers as digits.
workbook-step-3 = 3. Some questions apply only after a given answer to an earlier one: the '{ $how }' column says so.
workbook-step-4 = 4. Explain or qualify any answer in the '{ $comment }' column. Attach evidence files to your reply e-mail and name them there.
workbook-step-5 = 5. Do not rename or delete sheets or columns, and do not unhide anything: the file is read back automatically.
workbook-step-6 = 6. Type answers as values, not formulas.

how-pick-one = Pick one from the list.
how-several = One or more of: { $options } (separate with ';').
how-text = Free text.
how-number = A number.
how-date = A date, YYYY-MM-DD.
how-evidence = Attach the document to your reply and name the file in the comment.
how-only-if = Only if the answer to { $question } is { $answers }.
how-or = { $first } or { $next }

validation-title = Pick from the list
validation-answer-with = Answer with one of: { $options }.
validation-pick = Pick one of the answers in the list.
validation-number = Type a number.

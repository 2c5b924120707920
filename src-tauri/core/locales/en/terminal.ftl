### Vendor Risk Register: the command line's text output of a blast radius and of notification
### obligations (src-tauri/cli/src/output/), English. Headings are upper case, as the CLI prints
### them. Counts ($people, $records) come grouped; $total, $depth, $rto are plain numbers.

term-radius-title = Blast radius of { $vendor } as of { $date }
term-radius-nothing = It held none of our data on that date.
term-radius-last-held = It last held data on { $date }.
term-radius-direct = DIRECT EXPOSURE: { $people } people, { $records } records; flags: { $flags }
term-radius-about = about { $subject }: { $people } people
term-radius-by-country = people by country: { $countries }
term-radius-indirect = INDIRECT (our data reaching it through other vendors): { $total } vendors
term-radius-downstream = DOWNSTREAM (its subprocessors holding our data: at risk): { $total } vendors
term-radius-depth = { $vendor } (depth { $depth }): { $categories }
term-radius-assumed = { $vendor } (depth { $depth }): { $categories } (categories not stated: assumed all)
term-radius-services = OUR SERVICES AFFECTED
term-radius-service = { $service } ({ $criticality }, RTO { $rto } h): { $impacts }
term-radius-depends = depends on the vendor
term-radius-source = sends it the data
term-radius-actions = RECOMMENDED ACTIONS
term-none = none

term-obligations = NOTIFICATION OBLIGATIONS (aware { $aware }, times in { $zone })
term-none-triggered = none triggered
term-done = DONE { $at }
term-done-late = DONE { $at } (late)
term-due = due { $due } ({ $countdown })
term-needs-assessment = NEEDS ASSESSMENT
term-to = to: { $recipient }
term-deadline = deadline: { $deadline }
term-rule = rule: { $citation }
term-assess = assess: { $question }
term-because = because: { $basis }
term-contains = the notice contains at least:
term-not-triggered = NOT TRIGGERED
term-in = in { $span }
term-overdue-by = overdue by { $span }
term-minutes = { $minutes } min
term-hours-minutes = { $hours } h { $minutes } min
term-days-hours = { $days } d { $hours } h
term-invalid-input = error: invalid input, nothing was written:

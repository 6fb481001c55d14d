# The interface in English (decision 0030). Every message here is also in cy.ftl, with the same
# arguments: a unit test checks. Consultations' own words (titles, questions) are not here: they
# are the author's.

## The site

service-name = Have your say
skip-to-main = Skip to main content
site-nav-label = Site
nav-consultations = Consultations
nav-staff = Staff
language-switch-label = Language
footer-about = An open-source consultation platform. Every page works without JavaScript and aims to meet WCAG 2.2 AA.
footer-links-heading = Support links
footer-accessibility = Accessibility statement
footer-privacy = Privacy
footer-contact = Contact us
error-prefix = Error:
there-is-a-problem = There is a problem
loading = Loading…
go-to-list = Go to the list of consultations
not-found-title = Page not found
not-found-typed = If you typed the web address, check it is correct.
not-found-pasted = If you pasted the web address, check you copied the entire address.
not-found-you-can = You can
not-found-see-all = see all open, forthcoming and closed consultations

## Dates and times ("11:59pm on 5 March 2026", GOV.UK style)

date-long = {$day} {$month} {$year}
date-time = {$time} on {$date}
time-midnight = midnight
time-midday = midday
time-morning = {$time}am
time-afternoon = {$time}pm
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Consultations

hub-title = Consultations
hub-lead = Find consultations from the council and its partners, tell us what you think, and see what we did with your views.
hub-open-heading = Open consultations
hub-open-empty = There are no open consultations at the moment.
hub-forthcoming-heading = Forthcoming consultations
hub-forthcoming-empty = No consultations are planned yet.
hub-closed-heading = Closed consultations
hub-closed-empty = No consultations have closed yet.
status = Status
status-open = Open
status-forthcoming = Forthcoming
status-closed = Closed
department = Department
dates = Dates
opens = Opens
closes = Closes
card-opens = Opens
card-closes = Closes
card-closed = Closed
outcome-published = Outcome published
open-until = This consultation is open until
respond-online = Respond online
saved-answers-prompt = Saved your answers to come back to?
continue-saved = Continue a saved response
not-open-yet = This consultation is not open yet. It opens at
closed-at = This consultation closed at
no-longer-sent = Responses can no longer be sent.
outcome-heading = What we did with your views
published = Published
about-consultation = About this consultation
contact = Contact

## Answering

loading-questions = Loading the questions…
caption-respond = Respond to the consultation
caption-preview = Preview of the response form
preview-title = Preview: {$title}
preview-heading = This is a preview
preview-explained = It shows the questionnaire exactly as respondents will see it. Answers are checked with the same rules, but never stored.
preview-share-before = Colleagues without an account can see this preview through
preview-share-link = this preview link
preview-share-after = , which works until {$until}. Copy it from your browser to share it.
preview-checked = Every answer fits the rules. Nothing was stored: this is a preview.
back = Back
back-to-consultation = Back to the consultation
back-to-questionnaire = Back to the questionnaire
page-progress = Page {$at} of {$of}
page-name = page {$number}
page-name-titled = page {$number} ({$title})
page-number = Page {$number}
consultation-closes-at = This consultation closes at {$when}.
honeypot-label = Leave this box empty
optional = (optional)
help-with-question = Help with this question
characters-allowed = You can enter up to {$count} characters
characters-remaining = You have {$count} { $count ->
    [one] character
   *[other] characters
} remaining
characters-too-many = You have {$count} { $count ->
    [one] character
   *[other] characters
} too many
points-given = {$count} { $count ->
    [one] point
   *[other] points
}
points-left = {$count} { $count ->
    [one] point
   *[other] points
} left
choose-an-option = Choose an option
date-day = Day
date-month = Month
date-year = Year
other-answer = Your other answer
button-continue = Continue
button-saving = Saving your answers…
button-send = Send response
button-sending = Sending your response…
button-save-for-later = Save and come back later

## Check your answers

check-answers-title = Check your answers before sending your response
consultation-has-closed = This consultation has closed
answers-you-gave = Here are the answers you gave.
not-answered = Not answered
change = Change
change-your-answer-to = your answer to
answers-removed = Your answers on {$pages} were removed: an answer you changed means { $count ->
    [one] that page is
   *[other] those pages are
} no longer asked.
closed-before-sent = closed at {$when} before your answers were sent, so they have not been counted. They are shown above so you can keep a copy.
now-send = Now send your response
now-send-text = Once you send your response you cannot change your answers. You will get a reference number.
receipt-email-label = Email address (optional)
receipt-email-hint = To get a copy of your answers and your reference number. We use it only to send them.

## Sent

confirmation-title = Response sent
your-reference = Your reference number
received-before = We received your response to
received-after = at {$when}.
keep-reference = Keep your reference number. Quote it if you contact us about your response.
copy-on-its-way = We are emailing a copy of your answers to the address you gave. It can take a few minutes to arrive.
what-happens-next = What happens next
what-happens-next-text = When the consultation closes we will read every response. We will publish what we decided, and why, on the consultation page.
see-other-consultations = See other consultations
go-on-sent-title = Your response has been sent
go-on-sent-text = These answers were sent already, so they cannot be changed.
go-on-sent-link = See your reference number
go-on-off-path-title = Your answers do not lead to this page
go-on-off-path-text = An answer you gave means this page is not asked. Your answers are saved.
go-on-off-path-link = Continue your response
answers-not-found-title = We could not find these answers
answers-not-found-saved = If you saved your answers to come back to, the addresses of the pages you answered stopped working when you saved. Use your return code, or the link we emailed you.
enter-return-code = Enter your return code
answers-not-found-otherwise = Otherwise, check that the address is exactly the one you were given, or
start-again = start again from the consultation’s page

## Save and come back later

saved-title = Your answers have been saved
your-return-code = Your return code
saved-keep-code = Write the code down or keep it somewhere safe. To continue your response to
saved-go-to = on this or any other device, go to
saved-continue-link = continue a saved response
saved-enter-code = on the consultation’s page and enter the code.
saved-until = You can come back until the consultation closes at
saved-not-sent = Your answers have not been sent: they are counted only when you send your response.
saved-privacy = For your privacy, the addresses of the pages you answered no longer open your answers: anyone else using this device cannot see them.
saved-how-to-return = If you saved your answers to come back to, use the return code you were given, or the link we emailed you.
link-heading = Get a link by email
link-explained = We can email you a link that opens your answers. We use your email address only to send the link.
link-sent-to = We have sent a link to
link-sent-spam = It can take a few minutes to arrive: check your spam or junk folder if you cannot see it.
email-address = Email address
email-me-a-link = Email me a link
return-until = You can continue a saved response until the consultation closes at {$when}.
return-closed = This consultation closed at {$when}. Your return code still shows your answers, so you can keep a copy, but they can no longer be sent.
return-code = Return code
return-code-example = For example, K7QM-4TZP-9XWB
return-lost-code = If we emailed you a link, you can open that instead. Lost your code?
start-new-response = Start a new response
opening-answers = Opening your answers…
your-saved-answers = Your saved answers
link-does-not-work = This link does not work

## Problems with an answer (shown beside the question and in the error summary)

answer-enter-text = Enter an answer to “{$label}”
answer-select-one = Select an answer to “{$label}”
answer-select-at-least = Select at least {$min} options for “{$label}”
answer-select-at-most = Select no more than {$max} options for “{$label}”
answer-select-any = Select at least one option for “{$label}”
answer-enter-number = Enter a number for “{$label}”
answer-enter-date = Enter a date for “{$label}”
answer-enter-email = Enter an email address for “{$label}”
answer-enter-postcode = Enter a postcode for “{$label}”
answer-rank = Rank the items for “{$label}”
answer-share-points = Share the points for “{$label}”
answer-grid-every = Select an answer for each statement of “{$label}”
answer-grid-statement = Select an answer for “{$statement}” in “{$label}”
answer-too-long = Your answer to “{$label}” must be {$max} characters or fewer (it has {$count})
answer-email-too-long = The email address for “{$label}” must be {$max} characters or fewer
answer-email-format = Enter an email address in the correct format, like name@example.com, for “{$label}”
answer-postcode-format = Enter a full UK postcode, like SW1A 2AA, for “{$label}”
answer-whole-number = “{$label}” must be a whole number, like 12
answer-number = “{$label}” must be a number, like 12 or 3.5
answer-decimal-places = “{$label}” must have no more than {$places} { $places ->
    [one] decimal place
   *[other] decimal places
}
answer-number-between = “{$label}” must be between {$min} and {$max}
answer-number-at-least = “{$label}” must be {$min} or more
answer-number-at-most = “{$label}” must be {$max} or less
answer-other-empty = Say what your “Other” answer to “{$label}” is
answer-other-too-long = Your “Other” answer to “{$label}” must be {$max} characters or fewer (it has {$count})
answer-rank-range = The rank for “{$item}” must be a number from 1 to {$items}
answer-rank-twice = Give each item of “{$label}” a different rank: {$rank} is given more than once
answer-rank-missing = Rank every item of “{$label}”: “{$item}” has no rank
answer-points-whole = The points for “{$item}” must be a whole number, like 10
answer-points-exact = The points for “{$label}” must add up to {$total}: they add up to {$sum}
answer-points-at-most = The points for “{$label}” must add up to no more than {$total}: they add up to {$sum}
answer-date-missing-day = The date for “{$label}” must include a day
answer-date-missing-month = The date for “{$label}” must include a month
answer-date-missing-year = The date for “{$label}” must include a year
answer-date-missing-day-month = The date for “{$label}” must include a day and a month
answer-date-missing-day-year = The date for “{$label}” must include a day and a year
answer-date-missing-month-year = The date for “{$label}” must include a month and a year
answer-date-short-year = The year for “{$label}” must have 4 numbers
answer-date-not-real = The date for “{$label}” must be a real date
answer-date-between = The date for “{$label}” must be between {$earliest} and {$latest}
answer-date-after = The date for “{$label}” must be the same as or after {$earliest}
answer-date-before = The date for “{$label}” must be the same as or before {$latest}
points-given-left = You have given {$given} of {$total} points: {$left} { $left ->
    [one] point
   *[other] points
} left
points-given-all = You have given all {$total} points
points-given-too-many = You have given {$given} of {$total} points: {$over} { $over ->
    [one] point
   *[other] points
} too many
email-address-format = Enter an email address in the correct format, like name@example.com

## Ranking

not-ranked = Not ranked
move-up = Move up
move-down = Move down
drag-to-order = Drag to put in order
rank-announced = {$item}: rank {$rank} of {$count}

## Emails

email-receipt-subject = Your response to “{$title}”: {$reference}
email-receipt-heading = Your response to “{$title}”
email-received = We received your response at {$when}. Keep this email: quote the reference number if you contact us about your response.
email-the-consultation = The consultation
email-your-answers = Your answers
email-automatic = This is an automatic email: replies are not read.
email-return-subject = Continue your response to “{$title}”
email-return-saved = You saved your answers to come back to them later.
email-return-open = To continue your response, open this link:
email-return-until = The link works until the consultation closes at {$when}. Your answers have not been sent yet: they are counted only when you send your response.
email-return-share = Anyone with this link can see and change your answers, so do not share it.
email-return-ignore = If you did not ask for this email, you can ignore it.

## What a question accepts (its hint)

number-guidance = Enter { $decimals ->
    [0] a whole number
    [1] a number with up to 1 decimal place
   *[other] a number with up to {$decimals} decimal places
}
number-guidance-unit = Enter { $decimals ->
    [0] a whole number
    [1] a number with up to 1 decimal place
   *[other] a number with up to {$decimals} decimal places
}, in {$unit}
number-guidance-between = Enter { $decimals ->
    [0] a whole number
    [1] a number with up to 1 decimal place
   *[other] a number with up to {$decimals} decimal places
} between {$min} and {$max}
number-guidance-between-unit = Enter { $decimals ->
    [0] a whole number
    [1] a number with up to 1 decimal place
   *[other] a number with up to {$decimals} decimal places
} between {$min} and {$max}, in {$unit}
number-guidance-at-least = Enter { $decimals ->
    [0] a whole number
    [1] a number with up to 1 decimal place
   *[other] a number with up to {$decimals} decimal places
} of {$min} or more
number-guidance-at-least-unit = Enter { $decimals ->
    [0] a whole number
    [1] a number with up to 1 decimal place
   *[other] a number with up to {$decimals} decimal places
} of {$min} or more, in {$unit}
number-guidance-at-most = Enter { $decimals ->
    [0] a whole number
    [1] a number with up to 1 decimal place
   *[other] a number with up to {$decimals} decimal places
} of {$max} or less
number-guidance-at-most-unit = Enter { $decimals ->
    [0] a whole number
    [1] a number with up to 1 decimal place
   *[other] a number with up to {$decimals} decimal places
} of {$max} or less, in {$unit}
date-guidance = Enter a date, for example 27 3 2026
date-guidance-between = Enter a date between {$earliest} and {$latest}, for example 27 3 2026
date-guidance-after = Enter a date on or after {$earliest}, for example 27 3 2026
date-guidance-before = Enter a date on or before {$latest}, for example 27 3 2026
postcode-guidance = For example, SW1A 2AA
ranking-guidance = Number the items from 1 to {$count}, with 1 for your first choice. Give each item a different number
points-guidance-exact = Share {$total} points among the options: they must add up to {$total}
points-guidance-up-to = Share up to {$total} points among the options
choice-select-exactly = Select {$count} { $count ->
    [one] option
   *[other] options
}
choice-select-between = Select between {$min} and {$max} options
choice-select-at-least = Select at least {$count} { $count ->
    [one] option
   *[other] options
}
choice-select-up-to = Select up to {$count} { $count ->
    [one] option
   *[other] options
}
choice-select-all = Select all that apply

## When something cannot be done

not-open-yet-at = This consultation is not open yet. It opens at {$when}.
closed-no-longer-sent = This consultation closed at {$when}. Responses can no longer be sent.
error-title-problem = There is a problem
error-title-sign-in = Sign in to continue
error-title-forbidden = You do not have permission
error-title-conflict = This cannot be done now
error-title-internal = Sorry, there is a problem with the service
error-internal = Sorry, there is a problem with the service. Try again later.
error-forbidden = You do not have permission to do that
refusal-400 = The request could not be read. Go back and try again.
refusal-401 = Sign in to continue.
refusal-403 = You do not have permission to do that.
refusal-405 = This address does not accept that kind of request. Go back and try again.
refusal-408 = The request took too long to arrive. Check your connection and try again.
refusal-413 = The form sent too much data. Shorten your answers and try again.
refusal-415 = This address accepts HTML form submissions only.
refusal-429 = There have been too many requests. Wait a minute and try again.
refusal-other = The request could not be completed. Go back and try again.
refusal-500 = Try again later.
rate-limited = Too many forms have been sent from your internet connection in the last minute. Nothing you sent has been lost: wait {$wait} seconds, then go back and try again.

## Refusals the server writes before it knows the page's language (`interface_text::english_in`
## shows them in the page's language)
questionnaire-not-in-use = This questionnaire is no longer in use.
closed-use-return-code = This consultation has closed, so answers can no longer be sent. Use your return code to see them.
no-questions-yet = This consultation has no questions yet.
form-other-consultation = This form belongs to a different consultation.
form-out-of-date = This form is out of date. Reload the page.
form-unverifiable = This form could not be checked. Your answers have not been sent: please send them again.
link-opens-nothing = This link does not open any saved answers. Answers saved to come back to are kept until 30 days after the consultation closes; use your return code, or start again from the consultation’s page.
honeypot-refusal = Your answers could not be sent, because a box that must stay empty was filled in. It is hidden, so your browser may have filled it in for you: go back, and send the page again.
return-code-format = Enter the return code as it was shown to you: 12 letters and numbers, like K7QM-4TZP-9XWB
return-code-unknown = No saved answers to this consultation have that return code. Check the code and try again
enter-email-address = Enter your email address
links-emailed-already = We have emailed {$count} links to these answers already. Use your return code, or one of the links we sent
email-cannot-send = We cannot send an email to this address just now. Use your return code, or try again in an hour

# A consultation's privacy notice (decision 0039)
privacy-link = How we use your information (privacy notice)
privacy-title = Privacy notice – { $title }
privacy-heading = Privacy notice
privacy-none = This consultation has not published a privacy notice yet. To ask how your answers will be used, contact
privacy-questions = Questions about your information

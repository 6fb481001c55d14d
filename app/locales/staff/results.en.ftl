# The staff pages, results, in English (decision 0031). Every message here is also in results.cy.ftl,
# with the same arguments: a unit test checks.


## Results page

results-loading = Loading results…
results-title = Results: {$title}
results-back-all = All consultations
results-caption = Results
results-see-questionnaire = See the questionnaire
results-view-public = View the public consultation page
results-read-every-response = Read every response
results-change-filter = Change the filter
results-filter-responses = Filter responses
results-compare-link = Compare the answers to two questions

## Results page: the live figures

results-live = Live: the figures change as responses arrive.
results-reconnecting = Reconnecting to live figures…
results-stopped = Live figures stopped.
results-figures-as-at = Figures as at
results-refresh = Refresh the figures
# Read out by screen readers as responses arrive. $new and $total are written figures ("1,200"); $n is the number of new responses.
results-announce = {$new} new {$n ->
    [one] response
   *[other] responses
}. {$total} in all.

## Results page: headline figures

results-responses = Responses
results-today = Today
results-last-7-days = Last 7 days
results-none-yet = None yet
results-not-published = Not published yet
# $count is a written figure ("1,200"); $n the number.
results-version-responses = Version {$number}: {$count} {$n ->
    [one] response
   *[other] responses
}
results-version-current-responses = Version {$number} (current): {$count} {$n ->
    [one] response
   *[other] responses
}
results-latest-response = Latest response
results-by-channel = By channel
results-versions = Questionnaire versions

## Results page: responses over time

results-over-time = Responses over time
results-not-opened = The consultation has not opened yet.
results-per-day = Responses per day
results-per-week = Responses per week
results-over-days = {$total} responses over {$count} days, from {$first} to {$last}.
results-over-weeks = {$total} responses over {$count} weeks, from {$first} to {$last}.
results-busiest = The most was {$count} ({$when}).
results-weeks-hint = Weeks start on Monday. Days are UK days.
results-column-day = Day
results-column-week = Week

## Results page: each question

# $count is a written figure ("1,200"); $n the number.
results-people = {$count} {$n ->
    [one] person
   *[other] people
}
results-hint-answered = {$kind} – {$people} answered
results-hint-added = {$kind} – added in version {$version}: {$answered} of the {$asked} {$n ->
    [one] response
   *[other] responses
} since then answered it
results-removed-tag = Removed in version {$version}
results-no-longer-asked = No longer asked: these are the answers given before.
results-removed-label = {$label} (removed in version {$version})
results-removed-suffix = (removed in version {$version})
results-chart-answers = Answers to question {$number}: {$label}
results-chart-spread = Spread of answers to question {$number}: {$label}
results-chart-ranking = Ranking in question {$number}: {$label}
results-chart-points = Points given in question {$number}: {$label}

## Results page: choice questions

results-chosen-most = Chosen most: {$label}, by {$count} ({$percent}%).
results-choice-description = Bars for {$count} options, each with how many chose it and the percentage of the {$people} who answered.
results-percent-multiple = Percentages are of the people who answered this question. Each could choose more than one option, so they add up to more than 100%.
results-percent = Percentages are of the people who answered this question.
results-answers-caption = Answers to question {$number}
results-column-option = Option
results-column-count = Count
results-column-percentage = Percentage
results-latest-other = Latest “Other” answers

## Results page: number questions

results-histogram-description = Histogram of {$count} answers: lowest {$lowest}, median {$median}, highest {$highest}.
results-lowest = Lowest
results-median = Median (middle answer)
results-highest = Highest
results-average-mean = Average (mean)
results-by-value-caption = Answers to question {$number}, by value
results-column-answer = Answer

## Results page: grid questions

results-grid-description = A bar for each of {$count} statements, divided into the share of people who chose each point of the scale, in order: {$scale}.
results-column-statement = Statement
results-table-of-question = Table of question {$number}
results-grid-caption = Answers to each statement of question {$number}, as counts and percentages of those who answered it

## Results page: ranking questions

results-ranking-description = Bars for {$count} items, best average rank first, each as long as the number of people who ranked it first, with its average rank.
results-ranking-value = {$count} first, avg {$average}
results-ranking-hint = 1 is a respondent's first choice: the lower the average, the higher it was ranked.
results-ranking-caption = Items of question {$number}, ranked first on average first
results-column-item = Item
results-column-average-rank = Average rank
results-column-ranked-first = Ranked first by
results-column-ranked-by = Ranked by

## Results page: points questions

results-points-description = Bars for {$count} options, each as long as the average points a person gave it, with its share of all the points.
results-points-hint = Average: points per person who answered. Share: of all the points given.
results-points-caption = Points given in question {$number}
results-column-points = Points
results-column-average = Average
results-column-share = Share

## Results page: text questions

results-read-all-answers = Read all {$count} answers
results-no-answers-yet = No answers yet.
results-latest-answers = Latest answers

## The results' filter

results-filter-version = Version {$number}
results-filter-answer = Answer {$number}
results-filter-any-answer = Any answer
results-filter-choose-question = Choose a question
results-filter-questions-legend = Questions to compare
results-filter-rows = Rows: answers to
results-filter-columns = Columns: answers to
results-filter-submitted-legend = Responses submitted
results-filter-from = From (UK date)
results-filter-to = To (UK date)
results-filter-channel = Channel
results-filter-any-channel = Any channel
results-filter-questionnaire-version = Questionnaire version
results-filter-any-version = Any version
results-filter-answers-legend = Respondents who gave these answers
results-filter-compare = Compare
results-filter-apply = Apply filters
# $shown and $total are written figures ("1,200"); $n is the total.
results-filter-showing = Showing {$shown} of {$total} {$n ->
    [one] response
   *[other] responses
}
results-filter-those = : those {$described}.
results-filter-clear = Clear filters
results-filter-not-live = Filtered figures do not update live: refresh the page to see responses that arrive.

## The results' filter: what a filter applied

results-filter-submitted-on = submitted on {$date}
results-filter-submitted-between = submitted from {$from} to {$to}
results-filter-submitted-after = submitted on or after {$date}
results-filter-submitted-before = submitted on or before {$date}
results-filter-through-channel = through the {$channel} channel
results-filter-to-version = to version {$version}
results-filter-answered = answered “{$option}” to “{$question}”

## The results' filter: problems

results-filter-from-not-date = Enter the from date as a real date, for example {$example}
results-filter-to-not-date = Enter the to date as a real date, for example {$example}
results-filter-to-before-from = The to date must be the same as or after the from date
results-filter-choose-channel = Choose a channel from the list
results-filter-choose-version = Choose a version from the list
results-filter-too-many-answers = Filter by at most {$count} answers
results-filter-choose-answer = Choose an answer from the list (the question or answer may have been removed)
results-filter-choose-rows = Choose the question for the rows
results-filter-choose-columns = Choose the question for the columns
results-filter-different-columns = Choose a different question for the columns

## Channels

results-channel-online = Online
results-channel-paper = Paper
results-channel-phone = Phone
results-channel-email = Email

## Compare two questions

results-compare-title = Compare two questions: {$title}
results-compare-back = Back to the results
results-compare-heading = Compare two questions
results-compare-too-few = This questionnaire needs at least two choice questions (single choice, multiple choice or drop-down) to compare.
results-compare-intro = See how people who gave each answer to one question answered another. Choose the two questions, and filter the responses if you wish.
results-compare-description = For each answer to “{$rows}”, a bar divided into the share of those people who gave each answer to “{$columns}”, in order: {$labels}.
results-compare-chart-title = “{$rows}” by “{$columns}”
results-compare-of-row = {$percent} of row
results-compare-of-column = {$percent} of column
results-compare-answered-both = {$count} answered both questions.
results-compare-multiple = One of them is multiple choice, so a person can count in more than one box.
results-compare-hint = Each box: how many people gave both answers, and what share that is of its row (people who gave the row's answer) and of its column.
results-compare-table-label = Cross-tab
results-compare-caption = Rows: answers to “{$rows}”. Columns: answers to “{$columns}”.
results-compare-column-both = Answered both

## Pages of responses and answers: moving between pages

results-pages-no-responses = No responses.
results-pages-one-response = Showing 1 response.
# $first, $last and $total are written figures ("1,200").
results-pages-showing-responses = Showing {$first} to {$last} of {$total} responses.
results-pages-no-answers = No answers.
results-pages-one-answer = Showing 1 answer.
results-pages-showing-answers = Showing {$first} to {$last} of {$total} answers.
results-pages-of-responses = Pages of responses
results-pages-of-answers = Pages of answers
results-pages-previous = Previous page
results-pages-next = Next page
results-pages-where = Page {$page} of {$pages}

## Responses

results-responses-loading = Loading responses…
results-responses-title = Responses: {$title}
results-responses-back = Results
results-responses-caption = Responses
results-responses-enter = Enter a paper, phone or email response
results-responses-table = Responses, newest first
results-responses-reference = Reference
results-responses-sent = Sent
results-responses-channel = Channel
results-responses-version = Version
results-responses-duplicate = Possible duplicate
results-responses-duplicate-of = of {$reference}

## A response

results-response-loading = Loading the response…
results-response-title = Response {$reference}: {$title}
results-response-back = All responses
results-response-entered = Response entered and counted.
results-response-enter-another = Enter another response
results-response-heading = Response {$reference}
results-response-sent = Sent
results-response-entered-on = Entered
results-response-channel = Channel
results-response-received = Received
results-response-entered-by = Entered by
results-response-late-reason = Accepted after closing because
results-response-version = Questionnaire version
results-response-duplicate = Possible duplicate
results-response-duplicate-before = The very same answers as response
results-response-duplicate-after = , sent to this consultation less than 10 minutes before. Both are kept, and both are counted.
results-response-answers = Answers
results-response-deleted = Response { $reference } has been deleted. The counts no longer include it.
results-delete-heading = Delete this response
results-delete-about = Delete it only when it should never have been counted (a test, a response sent by mistake) or when the person who sent it asks for it to be erased. Its answers leave the results, downloads and counts at once, and cannot be brought back. The audit log keeps its reference and your reason, not its answers.
results-delete-reason = Why are you deleting it?
results-delete-reason-hint = For example, “The respondent asked us to erase it”. At most 500 characters.
results-delete-button = Delete response
results-delete-reason-enter = Enter why you are deleting the response
results-delete-reason-too-long = The reason must be 500 characters or fewer

## Every answer to a text question

results-answers-loading = Loading answers…
results-answers-title = Answers: {$label}
results-answers-back = Results
results-answers-search-label = Search the answers
results-answers-search = Search
results-answers-containing = Answers containing “{$search}”.
results-answers-show-every = Show every answer
results-answers-sent = Sent {$when} ·
results-answers-response = Response {$reference}

## Downloads on the results page

# $count is a written figure ("1,200"); $n the number.
results-download-responses = {$count} {$n ->
    [one] response
   *[other] responses
}
results-download-prepare-all = Download the {$responses} as a file. So many take a while to gather: the file is prepared while you wait, and kept for {$hours} hours so you can come back for it.
results-download-prepare-these = Download these {$responses} as a file. So many take a while to gather: the file is prepared while you wait, and kept for {$hours} hours so you can come back for it.
results-download-prepare-csv = Prepare a CSV file
results-download-prepare-xlsx = Prepare an Excel workbook
results-download-csv-all = Download the responses as CSV
results-download-csv-these = Download these responses as CSV
results-download-xlsx = Download as an Excel workbook
results-download-yours = Your downloads
results-download-name = {$format} of {$responses}
results-download-name-filtered = {$format} of {$responses} (filtered)
results-download-asked = , asked for {$when}:

## Kinds of file

results-format-csv = CSV file
results-format-xlsx = Excel workbook
results-format-file = File

## A prepared download

results-prepared-loading = Loading the download…
results-prepared-title = {$format}: {$title}
results-prepared-back = Results
results-prepared-heading = Download: {$format}
results-prepared-every = Every response
results-prepared-those = Those {$described}
results-prepared-responses = Responses
results-prepared-asked = Asked for
results-prepared-kept = Kept until
results-prepared-bar = How much of the download is prepared
results-prepared-file = Download the {$format} ({$size})
results-prepared-leave = You can leave this page: the file goes on being prepared, and the results page lists it.
results-prepared-check = Check again
results-prepared-announce-start = Preparing the download.
results-prepared-announce-part = {$percent}% prepared.

## A prepared download: how far it has got

results-progress-waiting = Waiting for another download to finish. It starts by itself.
# $done and $total are written figures ("1,200").
results-progress-preparing = {$done} of {$total} responses written ({$percent}%).
results-progress-finishing = Every response is written: putting the file together.
results-progress-ready = Your download is ready.
results-progress-failed = The download could not be prepared. Try again; if it fails again, tell your system administrator.
results-progress-stopped = The download stopped before it was finished, because the server preparing it restarted. Prepare it again.
results-progress-expired = This download has been removed: prepared files are kept for {$hours} hours. Prepare it again.
results-progress-tag-waiting = Waiting
results-progress-tag-preparing = Being prepared
results-progress-tag-ready = Ready
results-progress-tag-not-finished = Not finished
results-progress-tag-removed = Removed

## Charts

results-chart-show-table = Show as table
results-chart-no-answers = No answers

## Results page: days and weeks

# A day on a chart's axis: "3 Nov".
results-day-short = {$day} {$month}
results-week-starting = Week starting {$date}
results-month-short-1 = Jan
results-month-short-2 = Feb
results-month-short-3 = Mar
results-month-short-4 = Apr
results-month-short-5 = May
results-month-short-6 = Jun
results-month-short-7 = Jul
results-month-short-8 = Aug
results-month-short-9 = Sep
results-month-short-10 = Oct
results-month-short-11 = Nov
results-month-short-12 = Dec

## Results page: answers not listed

results-not-listed-email = Email addresses are personal data, so they are not listed here.
results-not-listed-role = What people wrote is read by the workspace's analysts, editors and admins; viewers see the counts.

## Refusals

results-refusal-no-response = There is no response with this reference here.
results-refusal-no-text-question = This consultation has no text question here.
results-refusal-not-a-format = That is not a kind of file this page offers: go back to the results and choose CSV or Excel workbook.

## Refusals with details (found by their shape on the page)

results-refusal-download-gone = There is no download at this address. Prepared downloads are kept for {$hours} hours: prepare it again from the consultation's results.
results-refusal-not-ready = {$progress} Go back to the download's page to see how it is getting on.

## A histogram bar's name

results-bin-to = {$low} to {$high}
results-bin-to-under = {$low} to under {$high}
results-delete-after-erasure = Its answers that were personal data were erased at the end of their retention period, so what it added to the counts can no longer be taken away exactly: it stays.

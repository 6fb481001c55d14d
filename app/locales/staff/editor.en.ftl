# The staff pages, editor, in English (decision 0031). Every message here is also in editor.cy.ftl,
# with the same arguments: a unit test checks.

## The question editor: heading and page title

editor-edit-question = Edit question
editor-add-question-to = Add a question to page {$page}
editor-add-question = Add a question
editor-page-title = {$heading}: {$title}

## The question editor: what kind of question?

editor-kind-legend = What kind of question?
editor-kind-hint = You can change its wording and settings later, but not its kind.
editor-kind-short-text = Short text
editor-kind-short-text-about = A few words, such as a name or a street
editor-kind-long-text = Long text
editor-kind-long-text-about = Sentences or paragraphs, with a character limit
editor-kind-single-choice = Single choice
editor-kind-single-choice-about = Radio buttons: respondents pick one option
editor-kind-multiple-choice = Multiple choice
editor-kind-multiple-choice-about = Checkboxes: respondents pick any number of options, or between a minimum and maximum
editor-kind-dropdown = Drop-down list
editor-kind-dropdown-about = One option from a list, for long lists of short options such as wards
editor-kind-grid = Grid (Likert scale)
editor-kind-grid-about = Several statements, each answered on the same scale, such as from “Strongly agree” to “Strongly disagree”
editor-kind-ranking = Ranking
editor-kind-ranking-about = Respondents put a list of items in order, giving each a different rank
editor-kind-points = Points allocation
editor-kind-points-about = Respondents share a number of points among the options, such as 100 points among budget priorities
editor-kind-number = Number
editor-kind-number-about = A whole or decimal number, between limits you choose, with an optional unit
editor-kind-date = Date
editor-kind-date-about = A day, month and year, between an earliest and latest date you choose
editor-kind-email = Email address
editor-kind-email-about = Checked to be in the shape of an email address
editor-kind-uk-postcode = UK postcode
editor-kind-uk-postcode-about = Checked to be a full UK postcode and stored in its standard form
editor-kind-heading = Heading (not a question)
editor-kind-heading-about = A heading between questions, to group them
editor-kind-paragraph = Paragraph of text (not a question)
editor-kind-paragraph-about = Information between questions, in Markdown: lists, bold, links

## The question editor: or add a question from the library

editor-from-library-heading = Or add a question from the library
editor-from-library-about = A copy of a question saved by staff across the council, added here. You can change the copy afterwards.
editor-add-this-question = Add this question

## The question editor: a heading or paragraph of text

editor-kind-of-block = Kind of block: {$kind}
editor-heading-label = Heading
editor-text-label = Text
editor-text-hint = Shown between the questions. You can use Markdown: ## for a heading, - for a list, **bold**, [link text](https://www.example.gov.uk).
editor-save = Save
editor-cancel = Cancel

## The question editor: a question

editor-kind-of-question = Kind of question: {$kind}
editor-save-question = Save question
editor-question-label = Question
editor-hint-label = Hint (optional)
editor-hint-hint = Shown under the question, to help people answer it.
editor-required-label = Respondents must answer this question
editor-max-chars-label = Character limit
editor-max-chars-hint = The most characters an answer may have. Leave it as it is unless you need less.
editor-min-label = Lowest number allowed (optional)
editor-max-label = Highest number allowed (optional)
editor-decimals-label = Decimal places allowed
editor-decimals-hint = 0 for whole numbers only; up to 6.
editor-unit-label = Unit (optional)
editor-unit-hint = Shown after the box, such as km, people or hours.
editor-earliest-legend = Earliest date allowed (optional)
editor-earliest-hint = For example, 1 1 1900
editor-latest-legend = Latest date allowed (optional)
editor-latest-hint = For example, 31 12 2026
editor-options-legend = Options
editor-statements-legend = Statements
editor-scale-legend = Scale
editor-list-item = {$noun ->
    [statement] Statement
    [point] Point
   *[option] Option
} {$number}
editor-list-item-lower = {$noun ->
    [statement] statement
    [point] point
   *[option] option
} {$number}
editor-move-up = Move up
editor-move-down = Move down
editor-list-hint = At least 2. Leave {$noun ->
    [statement] a statement
    [point] a point
   *[option] an option
} empty to remove it.
editor-list-add = Add another {$noun ->
    [statement] statement
    [point] point
   *[option] option
}
editor-other-label = Add an “Other” option
editor-other-hint = Last in the list. Whoever chooses it is asked to say what, in a box of its own.
editor-min-choices-label = Fewest options a respondent must pick (optional)
editor-max-choices-label = Most options a respondent may pick (optional)
editor-points-total-label = Points to share
editor-points-total-hint = Such as 100. Up to 10,000.
editor-points-rule-legend = Respondents' points must add up to
editor-points-rule-exact = Exactly the points to share
editor-points-rule-at-most = No more than the points to share (respondents may leave some)
editor-guidance-label = Guidance (optional)
editor-guidance-hint = Longer help, such as facts people need to answer. Respondents open it under “Help with this question”. You can use Markdown: - for a list, **bold**, [link text](https://www.example.gov.uk).

## The question editor: saving as you type

editor-autosave-to-fix = {$count ->
    [one] 1 thing
   *[other] {$count} things
} to fix first. Press “Save question” to see where.
editor-autosave-conflict = someone else changed this questionnaire since you opened this page. Copy your changes, reload the page and make them again.

## The question editor: the question library

editor-library-heading = Question library
editor-library-about = Save a copy of this question, as last saved, for anyone in the council building a consultation to add. Later changes here do not change the copy.
editor-library-save = Save a copy to the library

## Date and time fields

editor-time-hint = For example, 9am, 2:30pm or 14:30

## Create a consultation, and change its details

editor-create-title = Create a consultation
editor-all-consultations = All consultations
editor-create-draft-note = It is saved as a draft: only staff can see it until it is published.
editor-create-button = Create draft consultation
editor-template-heading = Start from a template
editor-template-about = A copy of the template’s details and questions, as a new draft in your department. Or fill in the form below to start from nothing.
editor-template-use = Start from this template
editor-template-nothing = Start from nothing
editor-details-title = Change the details: {$title}
editor-details-heading = Change the details
editor-details-button = Save details
editor-about-heading = About the consultation
editor-title-label = Title
editor-slug-label = Web address
editor-slug-fixed-hint = It cannot change once the consultation is public: links to it would break.
editor-slug-hint = Leave blank to make it from the title. Lower-case letters, numbers and hyphens: for example, library-opening-hours becomes /consultations/library-opening-hours.
editor-summary-label = Summary
editor-summary-hint = One or two sentences, shown in the list of consultations. Up to {$max} characters.
editor-body-label = What the consultation is about
editor-body-hint = What is proposed, why, and what people's answers can change. You can use Markdown: ## for a heading, - for a list, **bold**, [link text](https://www.example.gov.uk).
editor-preview-body = Preview the description
editor-body-preview-heading = Preview of the description
editor-body-preview-hint = As it will appear on the consultation page. Nothing has been saved yet.
editor-choose-department = Choose a department
editor-contact-heading = Who to contact
editor-contact-name-label = Contact name
editor-contact-name-hint = A person or a team, for example the Libraries team.
editor-contact-email-label = Contact email address
editor-when-open-heading = When it is open
editor-opening-date = Opening date
editor-opening-time = Opening time
editor-opening-date-hint = UK time. For example, 1 6 2027
editor-closing-date = Closing date
editor-closing-time = Closing time
editor-closing-date-hint = UK time. For example, 31 8 2027

## Previews

editor-loading-preview = Loading the preview…
editor-preview-link-title = This preview link does not work
editor-preview-link-wrong = This preview link is not right. Ask the person who sent it for a new one.
editor-preview-link-expired = This preview link has expired. Ask the person who sent it for a new one.
editor-preview-consultation-gone = This consultation no longer exists.

## Problems with a question in the editor

editor-problem-enter-question = Enter the question
editor-problem-question-too-long = The question must be {$max} characters or fewer
editor-problem-hint-too-long = The hint must be {$max} characters or fewer
editor-problem-guidance-too-long = The guidance must be {$max} characters or fewer
editor-problem-not-whole-number = {$field ->
    [max_chars] The character limit
    [decimals] Decimal places
    [points_total] The points to share
    [min_choices] The minimum
   *[max_choices] The maximum
} must be a whole number, like 3
editor-problem-max-chars-range = The character limit must be between 1 and {$max}
editor-problem-limit-range = {$field ->
    [min] The lowest number
   *[max] The highest number
} must be between -{$limit} and {$limit}
editor-problem-not-a-number = {$field ->
    [min] The lowest number
   *[max] The highest number
} must be a number, like 10
editor-problem-min-above-max = The lowest number cannot be more than the highest
editor-problem-decimals-range = Decimal places must be between 0 and {$max}
editor-problem-unit-too-long = The unit must be {$max} characters or fewer
editor-problem-limit-date-missing = The {$which ->
    [earliest] earliest
   *[latest] latest
} date must include a {$parts ->
    [day] day
    [month] month
    [year] year
    [day-month] day and a month
    [day-year] day and a year
   *[month-year] month and a year
}
editor-problem-limit-date-short-year = The {$which ->
    [earliest] earliest
   *[latest] latest
} date's year must have 4 numbers
editor-problem-limit-date-not-real = The {$which ->
    [earliest] earliest
   *[latest] latest
} date must be a real date
editor-problem-earliest-after-latest = The earliest date must be before the latest date
editor-problem-item-too-long = {$noun ->
    [statement] Statement
    [point] Point
   *[option] Option
} {$number} must be {$max} characters or fewer
editor-problem-item-repeated = {$noun ->
    [statement] Statement {$number} is the same as an earlier statement
    [point] Point {$number} is the same as an earlier point
   *[option] Option {$number} is the same as an earlier option
}
editor-problem-too-few-items = Enter at least 2 {$noun ->
    [statement] statements
    [point] points on the scale
   *[option] options
}
editor-problem-too-many-items = A question can have at most {$max} {$noun ->
    [statement] statements
    [point] points on the scale
   *[option] options
}
editor-problem-other-exists = Option {$number} is already called “{$other}”: remove it, or do not add an “{$other}” option
editor-problem-points-range = The points to share must be between 1 and {$max}
editor-problem-enter-points = Enter the points to share, like 100
editor-problem-max-choices-zero = The maximum must be at least 1
editor-problem-max-choices-above-options = The maximum cannot be more than the {$count} options
editor-problem-min-choices-above-max = The minimum cannot be more than the maximum
editor-problem-min-choices-above-options = The minimum cannot be more than the {$count} options
editor-problem-no-such-kind = That kind of question does not exist: go back and choose one
editor-problem-enter-block = Enter the {$block ->
    [heading] heading
   *[text] text
}
editor-problem-block-too-long = The {$block ->
    [heading] heading
   *[text] text
} must be {$max} characters or fewer

## Problems with a consultation's details

editor-problem-enter-title = Enter a title
editor-problem-title-too-long = The title must be {$max} characters or fewer
editor-problem-slug = The web address can only hold lower-case letters, numbers and single hyphens, at most {$max} characters
editor-problem-enter-summary = Enter a summary
editor-problem-summary-too-long = The summary must be {$max} characters or fewer
editor-problem-enter-body = Enter what the consultation is about
editor-problem-body-too-long = The description must be {$max} characters or fewer
editor-problem-department = Select the department running the consultation
editor-problem-enter-contact-name = Enter a contact name
editor-problem-contact-name-too-long = The contact name must be {$max} characters or fewer
editor-problem-enter-contact-email = Enter a contact email address
editor-problem-contact-email-format = Enter an email address in the correct format, like name@example.gov.uk
editor-problem-enter-date = Enter the {$which ->
    [opens] opening
   *[closes] closing
} date
editor-problem-date-missing = The {$which ->
    [opens] opening
   *[closes] closing
} date must include a {$parts ->
    [day] day
    [month] month
    [year] year
    [day-month] day and a month
    [day-year] day and a year
   *[month-year] month and a year
}
editor-problem-date-short-year = The {$which ->
    [opens] opening
   *[closes] closing
} date's year must have 4 numbers
editor-problem-date-not-real = The {$which ->
    [opens] opening
   *[closes] closing
} date must be a real date
editor-problem-enter-time = Enter the {$which ->
    [opens] opening
   *[closes] closing
} time, for example 9am or 14:30
editor-problem-time-not-real = Enter the {$which ->
    [opens] opening
   *[closes] closing
} time as a time of day, for example 9am or 14:30
editor-problem-time-skipped = The clocks go forward at that time: choose a {$which ->
    [opens] opening
   *[closes] closing
} time before 1am or from 2am
editor-problem-closes-before-opens = The closing date must be after the opening date
editor-problem-closes-in-past = The closing date must be in the future

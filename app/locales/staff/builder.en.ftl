# The staff pages, builder, in English (decision 0031). Every message here is also in builder.cy.ftl,
# with the same arguments: a unit test checks.


## The questionnaire page

builder-loading = Loading the questionnaire…
builder-page-title = Questionnaire: {$title}
builder-back = All consultations
builder-undo = Undo
builder-undo-what = the delete
builder-caption = Questionnaire
builder-version = Version
builder-state-published = published: respondents get this version
builder-state-changes = changes not yet published: respondents get the version before
builder-state-draft = draft: not public yet
builder-questions = Questions
builder-link-details = Change the details
builder-link-documents = Related documents
builder-link-preview = Preview the questionnaire
builder-link-welsh = Welsh version
builder-link-results = See the results
builder-link-public = View the public consultation page

## Where a question is ("question 3, on page 2")

builder-position = {$kind ->
    [block] block
   *[question] question
} {$number}
builder-position-on-page = {$kind ->
    [block] block
   *[question] question
} {$number}, on page {$page}

## The message after a change

builder-done-created = Draft consultation created.
builder-done-cloned = Copy created: this is a new draft, with the same details and questions and no responses. Change its title and dates before you publish it.
builder-done-moved-at = {$kind ->
    [block] Block
   *[question] Question
} moved: it is now {$at}.
builder-done-moved = {$kind ->
    [block] Block
   *[question] Question
} moved.
builder-done-duplicated-at = {$kind ->
    [block] Block
   *[question] Question
} duplicated: the copy is {$at}.
builder-done-duplicated = {$kind ->
    [block] Block
   *[question] Question
} duplicated.
builder-done-deleted = Question deleted.
builder-done-restored-at = {$kind ->
    [block] Block
   *[question] Question
} put back: it is {$at}.
builder-done-restored = {$kind ->
    [block] Block
   *[question] Question
} put back.
builder-done-added-at = {$kind ->
    [block] Block
   *[question] Question
} added: it is {$at}.
builder-done-added = {$kind ->
    [block] Block
   *[question] Question
} added.
builder-done-saved = {$kind ->
    [block] Block
   *[question] Question
} saved.
builder-done-details-saved = Details saved.
builder-done-page-added = Page added.
builder-done-template-on = This consultation is now offered as a template.
builder-done-template-off = This consultation is no longer offered as a template.
builder-done-from-template = Started from the template: this is your new draft. Change anything you need.
builder-done-library-added = Standard questions added as a new last page. Change them like any question.
builder-done-library-saved-at = {$at}: a copy is saved to the question library. Anyone building a consultation can add it.
builder-done-library-saved = A copy is saved to the question library: anyone building a consultation can add it.
builder-done-page-moved = Page moved.
builder-done-page-removed = Page removed.
builder-done-page-renamed = Page title saved.
builder-done-routes-at = Routes saved for {$at}: {$routed ->
    [0] every answer goes on to the next page.
    [one] 1 answer sends people further on.
   *[other] {$routed} answers send people further on.
}
builder-done-routes = Routes saved.

## Drag and drop: the help, the palette and what is announced

builder-drag-help = To move a question with the keyboard: press space or enter on its Move button, use the up and down arrow keys, then space or enter to drop it, or escape to cancel. The Move up and Move down buttons do the same one step at a time.
builder-palette-heading = Drag in a new question
builder-palette-help = Drag a kind of question onto a page, where it should go. With a keyboard: press space or enter on a kind, choose its place with the up and down arrow keys, then press space or enter to add it, or escape to cancel.
builder-palette-short-text = Short text
builder-palette-long-text = Long text
builder-palette-single-choice = Single choice
builder-palette-multiple-choice = Multiple choice
builder-palette-dropdown = Drop-down list
builder-palette-grid = Grid (Likert scale)
builder-palette-ranking = Ranking
builder-palette-points = Points allocation
builder-palette-number = Number
builder-palette-date = Date
builder-palette-email = Email address
builder-palette-uk-postcode = UK postcode
builder-palette-heading-block = Heading (not a question)
builder-palette-paragraph = Paragraph of text (not a question)
builder-still-saving = Still saving the last change: try again in a moment.
builder-picked-up = Picked up {$at}.
builder-picked-up-keys = Picked up {$at}. Use the up and down arrow keys to move it, space to drop it, escape to cancel.
builder-picked-up-new = Picked up “{$name}”: drop it on a page.
builder-picked-up-new-keys = Picked up “{$name}”. It would be {$at}. Use the up and down arrow keys to choose its place, space to add it there, escape to cancel.
builder-not-on-a-page = Not on a page: it is added only where you drop it on one.
builder-would-be = It would be {$at}.
builder-moved-would-be = Moved: it would be {$at}.
builder-already-first = It is already the first question.
builder-already-last = It is already the last question.
builder-cancelled-new = Cancelled: no question was added.
builder-move-cancelled = Move cancelled: the question is back where it was.
builder-saved = Saved. {$announcement}.
builder-saved-added = Saved. {$announcement}. Edit it next, to write its words.
builder-routes-as-they-were = The routes are as they were: try again.
builder-question-back = The question is back where it was: try again.
builder-not-added = The question was not added.
builder-dropped-unchanged = Dropped where it was: nothing changed.
builder-not-added-drop = Not added: drop it on a page, where the question should go.

## What an edit did, announced after the island saves it

builder-edit-page-added = Page {$number} added
builder-edit-page-added-questions = Page {$number} added with {$count} questions
builder-edit-page-renamed = Page {$number} renamed
builder-edit-page-removed = Page {$number} removed
builder-edit-page-at-edge = Page {$number} is already at the {$edge ->
    [top] top
   *[bottom] bottom
}
builder-edit-page-moved = Page moved to position {$position} of {$count}
builder-edit-added = {$kind ->
    [block] Block
   *[question] Question
} added to page {$number}, position {$position} of {$count}
builder-edit-added-titled = {$kind ->
    [block] Block
   *[question] Question
} added to page {$number} ({$title}), position {$position} of {$count}
builder-edit-saved = Question saved
builder-edit-question-at-edge = The question is already at the {$edge ->
    [top] top
   *[bottom] bottom
} of the questionnaire
builder-edit-moved = Question moved to page {$number}, position {$position} of {$count}
builder-edit-moved-titled = Question moved to page {$number} ({$title}), position {$position} of {$count}
builder-edit-duplicated = Question duplicated: the copy is below the original
builder-edit-deleted = Question “{$label}” deleted
builder-edit-put-back = Question put back
builder-edit-routes = Routes saved: {$routed ->
    [0] every answer goes on to the next page
    [one] 1 answer sends people elsewhere
   *[other] {$routed} answers send people elsewhere
}

## The outline: a page

builder-page-name = Page {$number}
builder-page-name-titled = Page {$number}: {$title}
builder-unreachable = No answers lead to this page, so respondents never see it.
builder-unreachable-check = Check the routes of the pages before it.
builder-no-questions = There are no questions on this page yet.
builder-add-question = Add a question
builder-to-page = to page {$number}
builder-page-settings = Page settings
builder-for = for {$what}
builder-page-title-label = Page title (optional)
builder-save-title = Save title
builder-move-page-up = Move page up
builder-move-page-down = Move page down
builder-add-page = Add a page after this one
builder-remove-page = Remove page

## The outline: a question

builder-kind-short-text = Short text
builder-kind-long-text = Long text
builder-kind-single-choice = Single choice
builder-kind-multiple-choice = Multiple choice
builder-kind-dropdown = Drop-down list
builder-kind-number = Number
builder-kind-date = Date
builder-kind-email = Email address
builder-kind-uk-postcode = UK postcode
builder-kind-ranking = Ranking
builder-kind-points = Points allocation
builder-kind-grid = Grid (Likert scale)
builder-kind-heading = Heading
builder-kind-paragraph = Paragraph of text
builder-fact-not-a-question = not a question
builder-fact-required = required
builder-fact-optional = optional
builder-fact-with-guidance = with guidance
builder-move = Move
builder-outline-hint = Hint: {$hint}
builder-route-then = then {$route}
builder-edit = Edit
builder-move-up = Move up
builder-move-down = Move down
builder-duplicate = Duplicate
builder-delete = Delete
builder-add-below = Add question below
builder-move-to = Move to
builder-move-to-page = Move to page

## The outline: a question's Routes panel

builder-routes = Routes
builder-from-question = from question {$number}
builder-routes-hint = After this page, people go on to the next page unless an answer sends them further on. Routes only go forward. When answers on a page match more than one route, the first question with a route decides, then its first option.
builder-route-if = If the answer is “{$option}”
builder-save-routes = Save routes
builder-route-go-on = Go on to page {$number}
builder-route-go-on-titled = Go on to page {$number} ({$title})
builder-route-go-on-last = Go on to check answers (last page)
builder-route-skip-to = Skip to page {$number}
builder-route-skip-to-titled = Skip to page {$number} ({$title})
builder-route-skip-end = Skip to the end (check answers)
builder-route-skips-rest = skips the rest of the questions
builder-route-skips-to = skips to page {$number}
builder-route-skips-to-titled = skips to page {$number} ({$title})
builder-route-gone = goes to a page that is no longer there

## Standard questions, publishing, templates, copying

builder-standard-heading = Standard questions
builder-standard-about = Questions from the library, asked in the same words across the council. They are added as a new last page, as a copy you can change.
builder-standard-add = Add these questions
builder-publish-heading = Publish
builder-template-heading = Template
builder-template-offered = This consultation is offered as a template: staff can start a new consultation from a copy of it.
builder-template-stop = Stop offering as a template
builder-template-offer-about = Offer this consultation as a template: staff in every department can start a new consultation from a copy of it.
builder-template-offer = Offer as a template
builder-copy-heading = Copy
builder-copy-about = Start a new draft consultation with the same details and questions. Responses are not copied.
builder-copy-button = Copy this consultation

## Saving as things change (the builder and the question editor)

builder-all-saved = All changes saved
builder-saving = Saving…
builder-not-saved = Not saved: {$why}

## Refusals

builder-no-such-kind = That is not a kind of question the builder offers.
builder-routes-unreadable = The routes could not be read.
builder-fields-unreadable = The question's fields could not be read.
builder-autosave-new = Only a question already added is saved as it is changed.
builder-closing-after-opening = The closing date must be after the opening date
builder-slug-taken = Another consultation already uses the web address “{$slug}”: choose another
builder-changed-meanwhile = Someone else changed this questionnaire after you opened it, so nothing was changed. The latest version is shown: make your change again.
builder-nothing-to-put-back = There is no deleted question to put back
builder-copied-too-often = This consultation has been copied too many times: rename some of the copies and try again
builder-not-a-template = That consultation is not a template.
builder-unknown-button = That button does not do anything: reload the page and try again
builder-no-option-to-move = There is no option there to move.
builder-page-gone-stop = That page is no longer in this questionnaire: someone may have removed it.
builder-question-gone-stop = That question is no longer in this questionnaire: someone may have deleted it.
builder-page-gone = That page is no longer in this questionnaire: someone may have removed it
builder-question-gone = That question is no longer in this questionnaire: someone may have deleted it
builder-page-not-empty = A page with questions on it cannot be removed: move or delete its questions first
builder-last-page = The questionnaire needs at least one page
builder-kind-changed = A question cannot change its kind: add a new question of the kind you want and delete this one (its answers stay in the results)
builder-option-gone = That option is no longer in the question: someone may have changed it
builder-cannot-route = Only single choice, multiple choice and drop-down questions can send people to another page
builder-page-title-too-long = A page title must be 150 characters or fewer
builder-too-many-items = A questionnaire can have at most 500 questions and blocks: delete some, or split it into two consultations
builder-too-many-pages = A questionnaire can have at most 100 pages: remove one, or put more questions on each page

## Refusals with details (found by their shape on the page)

builder-slug-not-usable = “{$slug}” cannot be used in a web address: use lower-case letters, numbers and hyphens
builder-slug-in-use = A consultation already uses the web address “{$slug}”
builder-route-cannot-keep = The route for “{$option}” in “{$question}” cannot be kept: only single choice, multiple choice and drop-down questions can send people to another page
builder-route-page-gone = The route for “{$option}” in “{$question}” goes to a page that is no longer in the questionnaire: choose another page
builder-route-backwards = The route for “{$option}” in “{$question}” would go back to page {$to} from page {$from}: routes can only go forward, to a later page or to the end, so no one answers a page twice
builder-route-choose = Choose where “{$option}” goes from the list
builder-already-asked = This questionnaire already asks “{$question}”: a standard question is asked once
builder-publish-no-questions = Add at least one question
builder-publish-empty-page = Page {$number} has no questions: add one or remove the page
builder-publish-starter-question = Question {$number} (“{$label}”) still has the words it was added with: edit it to write its own
builder-publish-starter-block = Block {$number} (“{$label}”) still has the words it was added with: edit it to write its own
builder-publish-few-options = Question {$number} (“{$label}”) needs at least 2 options

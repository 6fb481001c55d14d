# The staff pages, staff, in English (decision 0031). Every message here is also in staff.cy.ftl,
# with the same arguments: a unit test checks.

## Signing in

sign-in-title = Sign in
signed-out = You have signed out.
sign-in-heading = Sign in to manage consultations
sign-in-who = For council and partner staff. To answer a consultation you do not need an account.
sign-in-email = Email address
sign-in-password = Password
sign-in-button = Sign in
signed-in-as = Signed in as
sign-out = Sign out

## The staff home page: the list of consultations

staff-home-title = Consultations and results
staff-home-heading = Consultations
create-consultation = Create a consultation
question-library = Question library
question-library-about = : questions asked in the same words across the council.
no-consultations-match = No consultations match these filters.
status-draft = Draft
filter-department = Department
filter-all-departments = All departments
filter-status = Status
filter-all-statuses = All statuses
filter-button = Filter
consultations-shown = Showing {$shown} of {$total} {$total ->
    [one] consultation
   *[other] consultations
}.
consultations-count = {$total} {$total ->
    [one] consultation
   *[other] consultations
}.
clear-filters = Clear filters
all-consultations = All consultations
column-consultation = Consultation
column-status = Status
column-closes = Closes
column-responses = Responses
questionnaire-link = Questionnaire
questionnaire-of = of {$title}
draft-suffix = (draft)
stage-suffix-in-review = (in review)
stage-suffix-approved = (approved)
stage-suffix-outcome-in-review = (outcome in review)
stage-suffix-outcome-published = (outcome published)

## Refusals shared by several staff pages

staff-no-consultation-here = There is no consultation at this address.
staff-unknown-button = That button is not one this page has: go back to the page and try again.

## Related documents: the list on the consultation page

staff-related-documents = Related documents
staff-file-type-pdf = PDF
staff-file-type-word = Word document
staff-file-type-odt = OpenDocument text
staff-file-type-excel = Excel spreadsheet
staff-file-type-ods = OpenDocument spreadsheet
staff-file-type-csv = CSV
staff-file-type-png = PNG image
staff-file-type-jpeg = JPEG image
staff-file-type-gif = GIF image
staff-file-type-webp = WebP image
staff-document-size-bytes = {$bytes} bytes

## Related documents: the staff page

staff-documents-title = Related documents: {$title}
staff-documents-link-added = Link added. It is listed on the consultation page.
staff-documents-file-added = File uploaded. It is listed on the consultation page.
staff-documents-removed = Document removed.
staff-documents-moved = Document moved.
staff-documents-gone = Someone had already removed that document: this is the list as it is now.
staff-documents-remove-question = Remove “{$title}”?
staff-documents-remove-effect = It will no longer be listed on the consultation page, and its link will stop working.
staff-documents-yes-remove = Yes, remove it
staff-documents-no-keep = No, keep it
staff-documents-intro = Listed on the consultation page in this order, under “Related documents”. Changes show there at once. Up to {$most} documents.
staff-documents-none = There are no related documents yet.
staff-documents-move-up = Move up
staff-documents-move-down = Move down
staff-documents-remove = Remove
staff-documents-add-link = Add a link
staff-documents-add-link-about = To a document or page on another website, such as the council’s own.
staff-documents-title-label = Title
staff-documents-link-title-hint = What the document is, for example Draft library strategy 2027 to 2030.
staff-documents-url-label = Web address
staff-documents-url-hint = For example, https://www.example.gov.uk/library-strategy.pdf
staff-documents-add-link-button = Add link
staff-documents-upload = Upload a file
staff-documents-file-title-hint = What the document is, for example Map of the proposed route.
staff-documents-file-label = File
staff-documents-file-hint = PDF, Word, OpenDocument, Excel, CSV, or an image (PNG, JPEG, GIF or WebP), up to {$megabytes} MB. A larger document can be added as a link.
staff-documents-upload-button = Upload file

## Related documents: problems with what was sent

staff-documents-enter-title = Enter a title for the document
staff-documents-title-too-long = The title must be {$most} characters or fewer
staff-documents-enter-url = Enter the web address of the document
staff-documents-url-too-long = The web address must be {$most} characters or fewer
staff-documents-url-format = Enter a web address in the correct format, like https://www.example.gov.uk/plan.pdf
staff-documents-select-file = Select a file
staff-documents-file-empty = The selected file is empty
staff-documents-file-type = The selected file must be a PDF, Word, OpenDocument, Excel, CSV, PNG, JPEG, GIF or WebP file
staff-documents-file-too-large = The selected file must be smaller than {$megabytes} MB. Link to a larger document instead
staff-documents-no-document-there = There is no document there: go back to the page and try again.
staff-documents-upload-unreadable = The upload could not be read.
staff-documents-gone-here = That document is no longer here: someone may have removed it.

## The question library

staff-library-removed = Question removed from the library. Copies already added to questionnaires are not changed.
staff-library-gone = Someone had already removed that question: this is the library as it is now.
staff-library-intro = Questions asked in the same words across the council. When you add a question to a questionnaire, you can add a copy of one of these instead of writing it: you can then change the copy without changing the library.
staff-library-standard = Standard questions
staff-block-about-you = About you (equality monitoring)
staff-block-about-you-about = Age, sex, gender identity, ethnic group, disability, religion or belief and sexual orientation, in the 2021 Census categories. Every question is optional and has “Prefer not to say”; a paragraph tells respondents why they are asked.
staff-block-about-response = About this response
staff-block-about-response-about = Whether they respond as an individual or for an organisation (and which), their name, and whether we may publish their response (with their name, without it, or not at all), kept with each response for moderation.
staff-library-block-added = Added from a questionnaire page, as a new last page.
staff-library-saved = Saved questions
staff-library-none-saved = No questions have been saved yet. To save one, open it in a questionnaire you build and choose “Save a copy to the library”.
staff-library-saved-by = {$kind} · saved by {$name}, {$date}
staff-library-saved-by-in = {$kind} · saved by {$name}, {$department}, {$date}
staff-library-remove = Remove from the library
staff-library-gone-question = That question is no longer in the library: someone may have removed it.
staff-library-question-deleted = That question is no longer in this questionnaire: someone may have deleted it.
staff-library-question-too-old = That saved question was made by an older version of the platform and can no longer be added. Ask whoever saved it to save it again.

## Welsh version: the consultation's own words in Welsh

staff-welsh-title = Welsh version: {$title}
staff-welsh-saved = The Welsh has been saved.
staff-welsh-heading = Welsh version
staff-welsh-intro = Give the Welsh of each text. People who choose Cymraeg see it; a text without Welsh shows in English, marked as English so screen readers say it right. When the English of a text changes, its Welsh is not shown until it is brought up to date here.
staff-welsh-progress = {$done} of {$total} texts have up-to-date Welsh.
staff-welsh-stale = {$count} need updating: their English has changed.
staff-welsh-save = Save the Welsh
staff-welsh-box-label = {$what} in Welsh
staff-welsh-english = English:
staff-welsh-english-changed = English changed: check the Welsh

## Welsh version: what each text is (joined by “: ”, as in “Question 3: hint”)

staff-welsh-what-title = Consultation title
staff-welsh-what-summary = Consultation summary
staff-welsh-what-body = Description
staff-welsh-what-page = Page {$number}
staff-welsh-what-page-title = title
staff-welsh-what-heading = Heading
staff-welsh-what-paragraph = Paragraph
staff-welsh-what-question = Question {$number}
staff-welsh-what-hint = hint
staff-welsh-what-guidance = help with this question
staff-welsh-what-option = option {$number}
staff-welsh-what-statement = statement {$number}
staff-welsh-what-scale-point = scale point {$number}
staff-welsh-what-rank-item = item to rank {$number}
staff-welsh-what-points-option = option to give points to {$number}

## Signing in: problems

staff-sign-in-enter-email = Enter your email address
staff-sign-in-email-format = Enter an email address in the correct format, like name@example.gov.uk
staff-sign-in-enter-password = Enter your password
staff-sign-in-not-right = The email address or password is not right

## Entering a response received on paper, by phone or by email

staff-entry-loading = Loading the form…
staff-entry-title = Enter a response: {$title}
staff-entry-all-responses = All responses
staff-entry-heading = Enter a response
staff-entry-intro = For a response that came on paper, by phone or by email. It is counted with the others, and the results show how many came each way.
staff-entry-closed = This consultation closed at {$when}. A response received after then is accepted only with a reason.
staff-entry-closes = This consultation closes at {$when}.
staff-entry-about = About the response
staff-entry-channel-legend = How did the response arrive?
staff-entry-channel-paper = Paper form or letter
staff-entry-channel-phone = Phone call
staff-entry-channel-email = Email
staff-entry-received-legend = When was it received?
staff-entry-received-hint = For example, 27 3 2026
staff-entry-late-reason-label = Why is it accepted after the closing date?
staff-entry-late-reason-hint = Only if it was received after the closing date. For example, postmarked before the closing date.
staff-entry-answers = The answers
staff-entry-answers-about = Enter each answer as the person gave it. A question they left blank can be left blank here.
staff-entry-save = Save response

## Entering a response: problems

staff-entry-not-published = This consultation’s questionnaire is not published yet, so there is nothing to answer.
staff-entry-select-channel = Select how the response arrived
staff-entry-enter-received = Enter the date the response was received
staff-entry-received-missing-day = The date the response was received must include a day
staff-entry-received-missing-month = The date the response was received must include a month
staff-entry-received-missing-year = The date the response was received must include a year
staff-entry-received-missing-day-month = The date the response was received must include a day and month
staff-entry-received-missing-day-year = The date the response was received must include a day and year
staff-entry-received-missing-month-year = The date the response was received must include a month and year
staff-entry-received-short-year = Year must include 4 numbers
staff-entry-received-not-real = The date the response was received must be a real date
staff-entry-received-future = The date the response was received must be today or in the past
staff-entry-enter-late-reason = Enter why a response received after the closing date ({$closes}) is accepted
staff-entry-late-reason-too-long = The reason must be {$most} characters or fewer
staff-entry-no-answers = Enter at least one answer: a response with no answers is not kept

## Refusals with details (found by their shape on the page: `interface_text::english_in`)

staff-library-already-saved = This question is already in the library, saved by {$who} on {$date}.
staff-documents-too-many = This consultation already has {$most} related documents, the most it can have. Remove one before adding another.
staff-documents-file-not-real = The selected file is not a real {$kind} file: its name says one kind but its contents are another. Save it again as a {$kind} and upload that
staff-welsh-too-long = The Welsh for {$what} must be {$most} characters or fewer

## Your account

staff-account-link = Your account
staff-account-title = Your account
staff-account-heading = Your account
staff-account-back = Back to consultations
staff-account-name = Name
staff-account-email = Email address
staff-account-where = Where you work
staff-account-site-admin = You are a site admin: you can see and change everything, in every workspace.
staff-account-no-workspace = You do not belong to any workspace yet. Ask a workspace admin to add you.
staff-account-workspace = Workspace
staff-account-role = Your role
staff-account-partner = (partner organisation)
staff-role-workspace-admin = Workspace admin
staff-role-editor = Editor
staff-role-analyst = Analyst
staff-role-viewer = Viewer
staff-account-change-password = Change your password
staff-account-current = Current password
staff-account-new = New password
staff-account-new-hint = Use 12 characters or more. A few unrelated words make a password that is long and easy to remember.
staff-account-confirm = Type the new password again
staff-account-change-button = Change password
staff-account-password-changed = Your password has been changed. Anywhere else you were signed in has been signed out.
staff-account-everywhere-heading = Sign out everywhere
staff-account-everywhere-text = Sign out on every computer, phone and browser where you are signed in, including this one. Do this if you signed in on a computer that is not yours, or think someone else knows your password.
staff-account-everywhere-button = Sign out everywhere
staff-account-enter-current = Enter your current password
staff-account-current-wrong = Your current password is not right
staff-account-enter-new = Enter a new password
staff-account-new-too-short = The new password must be 12 characters or more
staff-account-new-same = The new password must be different from your current one
staff-account-confirm-differs = The passwords do not match: type the new password again
staff-account-unknown-action = This form asked for something the account page does not do
staff-sign-in-wait = { $seconds ->
    [one] There have been too many attempts to sign in. Wait 1 second, then try again.
   *[other] There have been too many attempts to sign in. Wait { $seconds } seconds, then try again.
}

## Workspaces and their people

staff-workspaces-link = Workspaces
staff-workspaces-title = Workspaces
staff-workspaces-intro = Each department and partner organisation is a workspace. The people in a workspace see its consultations; what else they may do depends on their role.
staff-workspace-kind = Kind
staff-workspace-kind-department = Department
staff-workspace-kind-partner = Partner organisation
staff-workspace-people = People
staff-workspace-add-heading = Add a workspace
staff-workspace-name = Name
staff-workspace-code = Code
staff-workspace-code-hint = Lower-case letters, digits and single hyphens, like planning or adult-social-care. It becomes part of the workspace's web address.
staff-workspace-choose = Choose
staff-workspace-add-button = Add workspace
staff-workspace-created = Workspace added. Add the people who work in it.
staff-workspace-added = Person added to the workspace.
staff-workspace-changed = Role changed.
staff-workspace-removed = Person taken out of the workspace. Their account stays, and so does what they did.
staff-workspace-title = { $name } – people
staff-workspace-back = Back to workspaces
staff-workspace-nobody = Nobody belongs to this workspace yet.
staff-workspace-role = Role
staff-workspace-person = Person
staff-workspace-remove-column = Take out
staff-workspace-role-of = Role of { $name }
staff-workspace-change-role-of = Change role of { $name }
staff-workspace-remove = Take { $name } out
staff-workspace-deactivated = Deactivated
staff-workspace-add-person = Add someone
staff-workspace-email = Email address
staff-workspace-email-hint = Their work email address. Someone with a staff account is added at once.
staff-workspace-add-person-button = Add to workspace
staff-workspace-not-found = There is no such workspace
staff-workspace-enter-name = Enter the workspace's name
staff-workspace-name-too-long = The name must be 100 characters or fewer, without control characters
staff-workspace-enter-code = Enter a code for the workspace
staff-workspace-code-format = The code must be lower-case letters, digits and single hyphens, like planning or adult-social-care
staff-workspace-code-taken = Another workspace already has this code: choose another
staff-workspace-choose-kind = Choose whether it is a department or a partner organisation
staff-workspace-choose-role = Choose a role
staff-workspace-enter-email = Enter the email address of the person to add
staff-workspace-no-account = No one has a staff account with this email address: enter their name to invite them
staff-workspace-already-member = This person already belongs to the workspace: change their role in the list above
staff-workspace-not-a-member = This person does not belong to the workspace (someone may have taken them out)
staff-workspace-last-admin = A workspace keeps at least one workspace admin: make someone else an admin first
staff-accounts-link = Every staff account
staff-accounts-title = Staff accounts
staff-accounts-intro = Everyone with a staff account. A deactivated account signs in no more, and anywhere it was signed in is signed out at once; what it did stays, under its name.
staff-accounts-where = Where they work
staff-accounts-status = Status
staff-accounts-switch = Deactivate or reactivate
staff-accounts-site-admin = Site admin (every workspace)
staff-accounts-no-workspace = No workspace yet
staff-accounts-active = Active
staff-accounts-you = This is you
staff-accounts-deactivate = Deactivate { $name }
staff-accounts-reactivate = Reactivate { $name }
staff-accounts-deactivated-done = Account deactivated: it is signed out everywhere and signs in no more.
staff-accounts-reactivated-done = Account reactivated: it may sign in again.
staff-accounts-not-yourself = You cannot deactivate your own account: ask another site admin
staff-accounts-not-found = There is no such staff account
staff-audit-link = Audit log
audit-title = Audit log
audit-intro-everything = Everything staff have changed on the platform, and every export or download of responses, newest first. Entries cannot be changed or deleted.
audit-intro-workspaces = What staff have changed in the workspaces you run, and every export or download of their responses, newest first. Entries cannot be changed or deleted.
audit-who = Who
audit-who-hint = Part of a name or email address
audit-action = What they did
audit-any-action = Anything
audit-about = About
audit-about-hint = Part of a consultation's title, an email address or a workspace's name
audit-from = From
audit-to = To
audit-day-hint = For example, 28/11/2026
audit-date-format = Enter a real date, for example 28/11/2026
audit-to-before-from = The end date must be the same as or after the start date
audit-download-csv = Download these entries (CSV)
audit-no-entries = No entries.
audit-one-entry = Showing 1 entry.
audit-showing-entries = Showing {$first} to {$last} of {$total} entries.
audit-pages = Pages of entries
audit-when = When
audit-who-column = Who
audit-what = What
audit-about-column = About
audit-change = Change
audit-before = Before
audit-after = After
audit-by-platform = The platform (or the server's command line)
audit-action-signed-in = Signed in
audit-action-password-changed = Changed their password
audit-action-signed-out-everywhere = Signed out everywhere
audit-action-account-created = Created a staff account
audit-action-account-deactivated = Deactivated an account
audit-action-account-reactivated = Reactivated an account
audit-action-workspace-created = Added a workspace
audit-action-member-added = Added someone to a workspace
audit-action-member-role-changed = Changed someone's role
audit-action-member-removed = Took someone out of a workspace
audit-action-consultation-created = Created a consultation
audit-action-details-changed = Changed a consultation's details
audit-action-questionnaire-changed = Changed a questionnaire
audit-action-questionnaire-published = Published a questionnaire
audit-action-template-changed = Offered or withdrew a template
audit-action-welsh-version-saved = Saved a Welsh version
audit-action-documents-changed = Changed related documents
audit-action-question-saved = Saved a question to the library
audit-action-saved-question-removed = Took a question out of the library
audit-action-response-entered = Entered a response
audit-action-responses-exported = Exported responses
audit-action-download-prepared = Prepared a download of responses
audit-action-download-taken = Downloaded prepared responses
audit-action-audit-exported = Exported the audit log
audit-action-password-set-by-link = Chose a password with an emailed link
audit-action-account-invited = Invited someone new
audit-action-two-factor-on = Turned on two-factor sign-in
audit-action-two-factor-off = Turned off two-factor sign-in
audit-action-recovery-codes-replaced = Made new recovery codes
audit-action-recovery-code-used = Signed in with a recovery code
audit-action-two-factor-reset = Reset someone's two-factor sign-in
audit-action-site-settings-changed = Changed the site settings
staff-invite-name = Name (only for someone with no account yet)
staff-invite-name-hint = They will be emailed a link to choose their password. It works once, for a week.
staff-invite-name-too-long = The name must be 100 characters or fewer, without control characters
staff-invite-not-sent = The account was made, but the invitation could not be emailed just now: ask them to use “Forgotten your password?” on the sign-in page
staff-workspace-invited = Invitation sent: they have been emailed a link to choose their password.
staff-link-not-usable = This link has been used, has expired or is not a link we sent
staff-link-gone-title = This link no longer works
staff-link-gone-body = A link to choose a password works once, and only for a while (a week for an invitation, an hour for a reset). It may have been used already.
staff-link-gone-reset = Ask for a new link to reset your password
staff-link-invitation-heading = Choose your password
staff-link-reset-heading = Reset your password
staff-link-welcome = Welcome, { $name }. You have been invited to run consultations.
staff-link-for-account = For the staff account
staff-link-button = Save password
staff-link-password-set = Your password has been saved. Sign in with it.
staff-forgot-link = Forgotten your password?
staff-forgot-title = Reset your password
staff-forgot-intro = Enter the email address of your staff account. We will email you a link to choose a new password. It works once, for an hour.
staff-forgot-button = Email me a link
staff-forgot-back = Back to sign in
staff-forgot-sent-title = Check your email
staff-forgot-sent-body = If a staff account has that email address, we have sent it a link to choose a new password. It works once, for an hour. If nothing arrives, check the address with your workspace admin.
staff-workspace-invited-tag = Invited: no password yet

## Two-factor sign-in (decision 0036)
staff-two-factor-title = Two-factor sign-in
staff-two-factor-set-up-title = Set up two-factor sign-in
staff-two-factor-set-up-link = Set up two-factor sign-in
staff-two-factor-manage = Manage
staff-two-factor-is-on = On
staff-two-factor-is-off = Off
staff-two-factor-back = Back to your account
staff-two-factor-why = Two-factor sign-in asks for a code from an app on your phone as well as your password, so someone who learns your password still cannot sign in as you.
staff-two-factor-required-now = Your council requires two-factor sign-in. Set it up now to finish signing in.
staff-two-factor-step-install = Install an authenticator app on your phone, if you do not have one: for example Microsoft Authenticator or Google Authenticator, or the one your IT team recommends.
staff-two-factor-step-scan = In the app, add an account and scan this QR code.
staff-two-factor-qr-label = QR code for your authenticator app (the same key is written out below)
staff-two-factor-step-key = If you cannot scan it, choose to enter a key and type this one:
staff-two-factor-step-code = Enter the 6-digit code the app now shows.
staff-two-factor-code-label = Security code
staff-two-factor-setup-code-hint = The 6-digit code from your authenticator app, for example 123456
staff-two-factor-turn-on = Turn on two-factor sign-in
staff-two-factor-on-text = Two-factor sign-in is on: each time you sign in you will be asked for a code from your authenticator app.
staff-two-factor-codes-heading = Recovery codes
staff-two-factor-codes-left = { $count ->
    [one] You have 1 recovery code left.
   *[other] You have { $count } recovery codes left.
}
staff-two-factor-password = Your password
staff-two-factor-new-codes-hint = New codes replace your old ones, which stop working.
staff-two-factor-new-codes = Make new recovery codes
staff-two-factor-off-heading = Turn off two-factor sign-in
staff-two-factor-turn-off = Turn off two-factor sign-in
staff-two-factor-turned-off = Two-factor sign-in is off. You sign in with your password alone.
staff-two-factor-required-stays = Your council requires two-factor sign-in, so it cannot be turned off. If you change phones, ask a site admin to reset it: you then set it up again as you next sign in.
staff-two-factor-codes-title = Save your recovery codes
staff-two-factor-codes-made = Two-factor sign-in is on, with new recovery codes.
staff-two-factor-codes-text = If you lose your phone, sign in with one of these codes instead of a code from the app. Each works once. Keep them somewhere safe, away from your phone: print them, or save them in your password manager.
staff-two-factor-codes-once = These codes will not be shown again.
staff-two-factor-continue = Continue
staff-two-factor-sign-in-title = Enter your security code
staff-two-factor-code-hint = The 6-digit code your authenticator app shows now
staff-two-factor-recovery-label = Recovery code
staff-two-factor-recovery-hint = One of the recovery codes you saved when you set up two-factor sign-in, for example abcde-23456
staff-two-factor-use-recovery = I do not have my phone: use a recovery code
staff-two-factor-use-app = Use a code from my authenticator app
staff-two-factor-lost-both = If you have lost your phone and your recovery codes, ask a site admin to reset two-factor sign-in for you.
staff-two-factor-timed-out = Sign in again
staff-two-factor-timed-out-text = Your sign-in timed out or took too many wrong codes, so we need your password again.
staff-two-factor-sign-in-again = Go to the sign-in page
staff-two-factor-enter-code = Enter your security code
staff-two-factor-code-format = Enter the 6-digit code from your app, or a recovery code like abcde-23456
staff-two-factor-app-code-format = Enter the 6-digit code from your app, like 123456
staff-two-factor-setup-wrong = That code is not right. Check the app shows an entry for this site, then enter the code it shows now
staff-two-factor-code-wrong = { $left ->
    [one] That code is not right. You have 1 more try before you must sign in again.
   *[other] That code is not right. You have { $left } more tries before you must sign in again.
}
staff-two-factor-already-on = Two-factor sign-in is already on
staff-two-factor-start-again = Your setup has changed since this page was drawn: start again
staff-two-factor-not-on = Two-factor sign-in is not on for your account
staff-two-factor-not-on-for = Two-factor sign-in is not on for that account
staff-accounts-two-factor-on = Two-factor sign-in on
staff-accounts-reset-two-factor = Reset two-factor sign-in for { $name }
staff-accounts-two-factor-reset-done = Two-factor sign-in reset: that account is signed out everywhere, and signs in with its password (setting up two-factor sign-in again if the site requires it).

## Site settings
site-settings-link = Site settings
site-settings-title = Site settings
site-settings-saved = Site settings saved.
site-settings-save = Save settings
site-settings-two-factor-heading = Two-factor sign-in
site-settings-two-factor-hint = When it is required, everyone signs in with a code from an authenticator app as well as their password. Staff who have not set it up are signed out at once and set it up when they next sign in.
site-settings-accounts-without = { $count ->
    [one] 1 active account has not set it up.
   *[other] { $count } active accounts have not set it up.
}
site-settings-require-two-factor = Require two-factor sign-in of all staff
site-settings-own-two-factor-first = Set up two-factor sign-in for yourself before you require it of everyone.

# Account details, invitations sent again, staff emails in either language
audit-action-account-details-changed = Changed an account’s details
audit-action-invitation-resent = Sent an invitation again
staff-email-invitation-subject = You have been invited to run consultations
staff-email-hello = Hello { $name },
staff-email-invitation-body = { $invited_by } has given you a staff account in the workspace { $workspace }. Choose your password with this link to start:
staff-email-link-until = The link works once, until { $when }.
staff-email-invitation-ignore = If you did not expect this email, you can ignore it: nothing happens until the link is used.
staff-email-reset-subject = Reset your password
staff-email-reset-body = Someone asked to reset the password of the staff account with this email address. Choose a new password with this link:
staff-email-reset-ignore = If you did not ask for this, you can ignore this email: your password has not changed.
staff-email-changed-subject = The email address of your staff account has changed
staff-email-changed-body = { $by } changed the email address you sign in with to { $new }. Sign in with the new address from now on.
staff-email-changed-ask = If you did not expect this, tell your council’s site admins at once.
staff-email-step-subject = { $title }: { $stage }
staff-email-step-body = “{ $title }”: { $did } — { $by }. Its stage now: { $stage }.
staff-email-step-comment = Their comment: { $comment }
staff-email-step-see = Its review page has the quality checklist and everything that has happened:
staff-account-details-heading = Your details
staff-account-your-name = Your name
staff-account-your-name-hint = Others see it in their workspaces and in the audit log.
staff-account-enter-name = Enter a name
staff-email-language-own = Language of your emails
staff-email-language-own-hint = Invitations, password resets and other emails from the platform are written in it.
staff-email-language-theirs = Language of their emails
staff-email-language-theirs-hint = For someone new: their invitation, and the emails the platform sends them later, are written in it.
staff-email-language-choose = Choose the language of the emails
staff-account-details-button = Save your details
staff-account-details-saved = Your details have been saved.
staff-account-email-language = Language of emails
staff-account-email-who-changes = A site admin can change the email address you sign in with.
staff-accounts-change = Change details
staff-accounts-change-whose =  of { $name }
staff-account-edit-title = Change the details of { $name }
staff-account-edit-back = Back to staff accounts
staff-account-edit-email-hint = They sign in with it. If it changes, we email the old address to say so.
staff-account-edit-button = Save details
staff-account-email-taken = Another account has this email address
staff-account-enter-email = Enter an email address
staff-accounts-details-saved = The account’s details have been saved.
staff-accounts-resend = Send the invitation to { $name } again
staff-invitation-resent = The invitation has been sent again. The links in earlier ones no longer work.
staff-invite-not-invited = This person has already chosen their password: they can use “Forgotten your password?” on the sign-in page
staff-invite-deactivated = This account is deactivated: reactivate it before inviting them again

# The workflow's stages and refusals, and the quality checklist (decision 0038)
workflow-stage-draft = Draft
workflow-stage-in-review = In review
workflow-stage-approved = Approved
workflow-stage-scheduled = Scheduled
workflow-stage-open = Open
workflow-stage-closed = Closed
workflow-stage-outcome-in-review = Outcome in review
workflow-stage-outcome-published = Outcome published
workflow-not-now = That cannot be done at this stage: the page may be out of date, so look again
workflow-own-work = You sent this for review yourself: someone else must approve it
workflow-not-due = It is not time for that yet
workflow-closes-in-the-past = Its closing date has passed: change its dates, then send it for review again
checklist-summary = A summary short enough to show whole
checklist-contact = A contact name and email address
checklist-long-enough = Open for long enough
checklist-labelled = Every question has a label
checklist-publishable = The questionnaire is ready to publish
checklist-summary-missing = Write a summary
checklist-summary-long = The summary is { $chars } characters: shorten it to { $most } or fewer
checklist-contact-missing = Give a contact name and email address
checklist-too-short = It must be open for at least { $weeks } weeks
checklist-unlabelled = Questions without a label: { $numbers }
checklist-privacy = A privacy notice and how long personal data is kept
checklist-privacy-missing = Write a privacy notice, or ask a site admin to set the site’s template
checklist-retention-missing = Say how long answers that are personal data are kept
checklist-minimum-weeks-range = Enter a whole number of weeks from 1 to 52
audit-action-sent-for-review = Sent a consultation for review
audit-action-returned-from-review = Returned a consultation to its author
audit-action-approved = Approved a consultation
audit-action-scheduled = Scheduled a consultation
audit-action-opened = Opened a consultation on its date
audit-action-closed = Closed a consultation on its date
audit-action-outcome-changed = Changed the outcome of a consultation
audit-action-outcome-published = Published the outcome of a consultation
audit-action-privacy-changed = Changed the privacy notice or personal data of a consultation
audit-action-personal-data-erased = Erased the answers that are personal data, at the end of their retention period
audit-action-response-deleted = Deleted a response
audit-action-subject-access-exported = Downloaded the responses a person gave, found by their email address

# The review page (decision 0038)
workflow-title = Review – { $title }
workflow-heading = Review and publish
workflow-back = Back to the questionnaire
workflow-stage = Stage
workflow-opens = Opens
workflow-closes = Closes
workflow-checklist-heading = Quality checklist
workflow-checklist-intro = Checked each time this page loads: every check must pass before it is sent for review. The site’s minimum period is { $weeks } weeks.
workflow-check-passed = Passed
workflow-check-to-fix = To fix
workflow-review-heading = Your review
workflow-items-legend = Confirm each item
workflow-items-hint = Approving it confirms every item.
workflow-comment = Comment
workflow-comment-hint = What should change, or anything its author should know. Returning it needs a comment.
workflow-send-heading = Send for review
workflow-send-comment = A note for the reviewer (optional)
workflow-schedule-heading = Schedule it
workflow-schedule-about = It goes on the public site now, and opens for responses at { $opens } (at once if that has passed).
workflow-button-send-for-review = Send for review
workflow-button-approve = Approve
workflow-button-return = Return to its author
workflow-button-schedule = Schedule it
workflow-own-work-note = You sent this for review, so someone else approves it: a workspace admin of its workspace, or a site admin.
workflow-waiting = Waiting for a reviewer: a workspace admin of its workspace, or a site admin.
workflow-history = What has happened
workflow-history-none = Nothing recorded yet.
workflow-confirmed = Confirmed:
workflow-clock = The platform, on the date
workflow-did-send-for-review = Sent it for review
workflow-did-return = Returned it to its author
workflow-did-approve = Approved it
workflow-did-schedule = Scheduled it
workflow-did-open = Opened it
workflow-did-close = Closed it
workflow-did-edit = Changed it after approval: back in review
workflow-did-send-outcome-for-review = Sent the outcome for review
workflow-did-return-outcome = Returned the outcome
workflow-did-publish-outcome = Published the outcome
workflow-did-edit-outcome = Changed the published outcome: back in review
workflow-done-in-review = Sent for review. A reviewer will approve it or return it with comments.
workflow-done-draft = Returned to its author with your comment.
workflow-done-approved = Approved. Its author can now schedule it.
workflow-done-scheduled = Scheduled: it is on the public site, and opens for responses on its date.
workflow-done-open = Scheduled and open: people can respond now.
workflow-unknown-step = That button is not one this page has
workflow-comment-too-long = The comment must be 2,000 characters or fewer
workflow-enter-comment = Say what should change before returning it
workflow-confirm-items = Confirm every item of the checklist before approving
workflow-checks-fail = It cannot be sent for review yet. { $problems }.
workflow-builder-about = A consultation goes public after review: send it for review, a reviewer approves it, then schedule it.
workflow-builder-link = Review and publish
builder-publish-needs-review = A consultation and changes to it go public through review: send them for review from its “Review and publish” page
workflow-checks-fail-now = It no longer passes the quality checklist. { $problems }.
site-settings-review-heading = Review and publish
site-settings-minimum-weeks = Shortest consultation period, in weeks
site-settings-minimum-weeks-hint = The quality checklist refuses to send for review a consultation open for less time. From 1 to 52.
site-settings-privacy-heading = Privacy notice
site-settings-privacy-label = The privacy notice template
site-settings-privacy-hint = Every consultation links to its privacy notice. Until a consultation’s editors write its own, it shows these words, in Markdown. These are replaced by the consultation’s own: {"{title}"} (its title), {"{contact_name}"} and {"{contact_email}"} (its contact), {"{retention}"} (how long answers that are personal data are kept). Leave it empty and every consultation needs its own notice.
site-settings-privacy-too-long = The privacy notice template must be 50,000 characters or fewer
site-settings-retention-label = Months after closing that new consultations keep personal data
site-settings-retention-hint = New consultations start with this retention period and their editors may change it. From 1 to 120, or leave it empty for editors to set each one.
site-settings-council-heading = Your council
site-settings-council-name = Council name
site-settings-council-name-hint = Shown at the top of every page and in authenticator apps. Leave it empty to show only the service’s name.
site-settings-council-name-cy = Council name in Welsh
site-settings-council-name-cy-hint = Shown on Welsh pages. Leave it empty to show the English name there too.
site-settings-colour = Brand colour
site-settings-colour-hint = A # and six letters or digits, like #1d70b8, for the line under the header and the charts. It must be dark enough to see against white and light grey. Leave it empty for blue.
site-settings-links-heading = Links at the foot of every page
site-settings-links-about = The web addresses of your council’s own pages. Leave any empty to leave its link out.
site-settings-accessibility-url = Accessibility statement
site-settings-privacy-url = Privacy notice for the whole site
site-settings-contact-url = Contact page
identity-english-name-too = Enter the council’s name in English too
identity-name-too-long = The name must be 100 characters or fewer
identity-colour-format = Enter a colour as a # and six letters or digits, like #1d70b8
identity-colour-contrast = Choose a darker colour: it must contrast with light grey at least 3 to 1
identity-link-format = Enter a web address in the correct format, like https://www.example.gov.uk/accessibility

# The council's logo (decision 0040)
site-settings-logo-label = Logo
site-settings-logo-set = The header shows your logo beside the council’s name.
site-settings-logo-none = No logo is set: the header shows the council’s name alone.
site-settings-logo-change = Change or remove the logo
site-settings-logo-add = Add a logo
site-logo-title = Your council’s logo
site-logo-back = Back to site settings
site-logo-about = The logo is shown at the top of every page, on the black header, beside the council’s name. Use a version that shows on black, such as one in white or light colours with a transparent background.
site-logo-current = The logo now
site-logo-current-alt = Your council’s logo, as the header shows it
site-logo-pixels-now = { $width } × { $height } pixels.
site-logo-remove = Remove the logo
site-logo-none = No logo is set: the header shows the council’s name alone.
site-logo-upload = Upload a logo
site-logo-upload-another = Upload a new logo
site-logo-file-label = Upload a file
site-logo-file-hint = A PNG, JPEG or WebP image up to { $kilobytes } KB. It is shown 40 pixels high: an image 80 pixels high looks sharp on every screen.
site-logo-upload-button = Upload the logo
site-logo-done-uploaded = The logo has been uploaded. Every page shows it now.
site-logo-done-removed = The logo has been removed.
site-logo-type = The selected file must be a PNG, JPEG or WebP image
site-logo-too-large = The selected file must be smaller than { $kilobytes } KB
site-logo-unreadable = The selected file is not a real { $kind } file: save it again and upload that
site-logo-pixels = The logo must be between { $least } and { $most } pixels wide and between { $least } and { $most } pixels high
site-logo-animated = The logo must be a still image, not an animation
site-logo-name-first = Enter the council’s name in site settings before you add its logo
identity-name-for-logo = Enter the council’s name: the logo needs it, for people who cannot see the logo. To have neither, remove the logo first
site-logo-gone = There is no logo at this address. The council may have changed its logo.

# The outcome ("We asked, you said, we did"; decision 0038)
workflow-button-send-outcome-for-review = Send the outcome for review
workflow-button-return-outcome = Return the outcome
workflow-button-publish-outcome = Publish the outcome
workflow-send-outcome-heading = Send the outcome for review
workflow-review-outcome-heading = Review the outcome
workflow-outcome-section = Outcome
workflow-outcome-none = No outcome written yet.
workflow-outcome-public-note = This is the outcome on the consultation’s public page.
workflow-outcome-changed-note = A change to the published outcome is below: the public page keeps the published words until a reviewer publishes the change.
workflow-outcome-write = Write the outcome
workflow-outcome-change = Change the outcome
workflow-outcome-title = Outcome – { $title }
workflow-outcome-heading = Outcome: we asked, you said, we did
workflow-outcome-back = Back to review and publish
workflow-outcome-about = Say what was asked, what people said, and what the council decided or will do because of it. Saving keeps your words here; send them for review from the review page, and a reviewer publishes them on the consultation’s page.
workflow-outcome-about-published = The outcome is published. Saving a change sends it for review: the public page keeps the published words until a reviewer publishes the new ones.
workflow-outcome-cannot-write = The outcome is written by the consultation’s editors once it has closed.
workflow-outcome-published-on = Last published { $when }.
workflow-outcome-label = The outcome
workflow-outcome-hint = You can use Markdown: ## for a heading, - for a list, **bold**, [link text](https://www.example.gov.uk).
workflow-outcome-save = Save the outcome
workflow-outcome-enter = Enter the outcome
workflow-outcome-too-long = The outcome must be 50,000 characters or fewer
workflow-outcome-not-yet = The outcome is written once the consultation has closed
workflow-outcome-empty = Write the outcome before it is sent for review or published
workflow-done-outcome-saved = The outcome has been saved. Send it for review when it is ready.
workflow-done-outcome-changed = Your change has been saved and sent for review. The public page keeps the published outcome until a reviewer publishes the change.
workflow-done-outcome-in-review = The outcome has been sent for review.
workflow-done-outcome-returned = The outcome has been returned with your comment.
workflow-done-outcome-published = The outcome is published on the consultation’s page.

# The reviewer's checklist page (site admins; decision 0038)
checklist-edit-title = The reviewer’s checklist
checklist-edit-back = Back to site settings
checklist-edit-link = Change the reviewer’s checklist
checklist-edit-about = A reviewer ticks every item before approving a consultation. An approval keeps the items ticked, in the words they had then, so changing or removing an item here does not change earlier approvals.
checklist-edit-none = The checklist has no items: reviewers approve without ticking any.
checklist-edit-item = Item { $number }
checklist-edit-whose = item { $number }
checklist-edit-save = Save
checklist-edit-up = Move up
checklist-edit-down = Move down
checklist-edit-remove = Remove
checklist-edit-add-heading = Add an item
checklist-edit-add-label = What the reviewer confirms
checklist-edit-add-hint = One sentence a reviewer can say yes to, for example “The summary says what will change”. At most 300 characters.
checklist-edit-add = Add the item
checklist-edit-full = The checklist has { $most } items, the most it may have: remove one to add another.
checklist-edit-saved = The checklist has been changed.
checklist-item-enter = Enter what the reviewer confirms
checklist-item-too-long = An item must be 300 characters or fewer
checklist-item-too-many = The checklist has as many items as it may have: remove one first
checklist-item-gone = That item is no longer on the checklist: the page may be out of date
checklist-unknown-change = That button is not one this page has

# Changes to an open consultation, reviewed (decision 0038)
workflow-stage-changes-in-review = Open, changes in review
stage-suffix-changes-in-review = (changes in review)
workflow-did-send-changes-for-review = Sent its changes for review
workflow-did-return-changes = Returned its changes
workflow-did-approve-changes = Approved its changes: they are live
workflow-button-send-changes-for-review = Send the changes for review
workflow-button-return-changes = Return the changes
workflow-button-approve-changes = Approve the changes
workflow-send-changes-heading = Send the changes for review
workflow-send-changes-about = The questionnaire has changes people do not see yet: they go live when a reviewer approves them. Meanwhile it stays open with the questions published.
workflow-changes-preview = Preview the changed questionnaire
workflow-review-changes-heading = Review the changes
workflow-changes-about = It is open: people answer the published questions until you approve the changes.
workflow-no-changes = There are no changes waiting: change the questionnaire first
workflow-done-changes-in-review = The changes have been sent for review. It stays open with the published questions meanwhile.
workflow-done-changes-returned = The changes have been returned with your comment. The published questions stay.
workflow-done-changes-approved = The changes are approved and live: people answering now see them.
builder-public-changes-about = Changes to a public consultation go live after review: send them from its review page, and a reviewer approves them.
workflow-changed-meanwhile = It has changed since you opened this page: look at it again before approving
builder-closed-details-fixed = It has closed: its details no longer change. Write its outcome from its “Review and publish” page

# The privacy and personal data page (decision 0039)
personal-data-title = Privacy and personal data – { $title }
personal-data-heading-page = Privacy and personal data
personal-data-link = Privacy and personal data
personal-data-back = Back to the review page
personal-data-saved = The privacy notice and personal data settings have been saved.
personal-data-public-link = Read the privacy notice as respondents see it
personal-data-erased-on = The answers that are personal data were erased on { $when }. The counts in the results stay.
personal-data-erase-on = The answers that are personal data will be erased on { $when }.
personal-data-notice-heading = Privacy notice
personal-data-notice-about = Every page respondents fill in links to the privacy notice: it tells them who uses their answers, why, and for how long.
personal-data-no-template = The site has no privacy notice template, so this consultation needs its own.
personal-data-template-summary = The site’s privacy notice, used while this consultation has none of its own
personal-data-notice-label = This consultation’s own privacy notice
personal-data-notice-hint = In Markdown. Leave it empty to use the site’s notice. {"{title}"}, {"{contact_name}"}, {"{contact_email}"} and {"{retention}"} are replaced by the consultation’s own.
personal-data-heading = Personal data
personal-data-retention-label = How many months after the consultation closes are answers that are personal data kept?
personal-data-retention-hint = Then they are erased, with any answers saved but never sent. The counts in the results stay. From 1 to 120 months.
personal-data-questions-legend = Which questions ask for personal data?
personal-data-questions-hint = Anything that could identify someone: names, addresses, phone numbers, and free text where people may say who they are. Select all that apply.
personal-data-always = Questions asking for an email address or a postcode are always personal data:
personal-data-save = Save
personal-data-cannot-change = You can read these settings. The consultation’s editors change them.
personal-data-not-set = Not set
personal-data-months = { $months ->
    [one] 1 month after closing
   *[other] { $months } months after closing
}
personal-data-retention-key = Personal data kept for
personal-data-questions-key = Questions that ask for personal data
privacy-notice-too-long = The privacy notice must be 50,000 characters or fewer
privacy-retention-enter = Enter how many months answers that are personal data are kept
privacy-retention-range = Enter a whole number of months from 1 to 120

# Requests about personal data (decision 0039)
requests-link = Requests about personal data: find, download or delete a person’s responses
requests-title = Requests about personal data
requests-back = Back to site settings
requests-about = When someone asks for a copy of the responses they sent (a subject access request) or asks for them to be erased, find them here by the email address they gave. Only answers to email address questions are searched.
requests-email-label = Email address
requests-email-hint = As the person gave it in their responses.
requests-find = Find responses
requests-none-found = No response gave this email address.
requests-found = { $count ->
    [one] 1 response gave this email address
   *[other] { $count } responses gave this email address
}
requests-more = More responses than these gave it: it may be an address many people share. Delete these, then find again for the rest.
requests-table = The responses that gave the email address
requests-consultation = Consultation
requests-reference = Reference
requests-sent = Sent
requests-download-heading = Download them
requests-download-about = A spreadsheet (CSV) of every answer these responses gave, to send to the person who asked. The audit log records the download, not the address.
requests-download = Download the responses (CSV)
requests-erase-heading = Delete them
requests-erase-about = Every answer of these responses leaves the results, downloads and counts at once and cannot be brought back. The audit log keeps each reference and your reason.
requests-reason-hint = For example, “The respondent asked us to erase their responses”. At most 500 characters.
requests-erase = { $count ->
    [one] Delete this response
   *[other] Delete these { $count } responses
}
requests-erased = { $count ->
    [one] 1 response has been deleted.
   *[other] { $count } responses have been deleted.
}
requests-unknown-action = That is not one of this page’s buttons.
requests-email-enter = Enter the email address the person gave
requests-email-format = Enter an email address in the correct format, like name@example.com
personal-data-closed-admins-only = It has closed: only a workspace admin changes which answers are erased and when

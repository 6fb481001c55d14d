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

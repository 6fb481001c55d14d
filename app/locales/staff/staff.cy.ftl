# The staff pages, staff, in Welsh (decision 0031). Every message here is also in staff.en.ftl,
# with the same arguments: a unit test checks.

## Mewngofnodi

sign-in-title = Mewngofnodi
signed-out = Rydych wedi allgofnodi.
sign-in-heading = Mewngofnodi i reoli ymgynghoriadau
sign-in-who = Ar gyfer staff y cyngor a’i bartneriaid. Nid oes angen cyfrif arnoch i ateb ymgynghoriad.
sign-in-email = Cyfeiriad e-bost
sign-in-password = Cyfrinair
sign-in-button = Mewngofnodi
signed-in-as = Wedi mewngofnodi fel
sign-out = Allgofnodi

## Hafan y staff: y rhestr o ymgynghoriadau

staff-home-title = Ymgynghoriadau a chanlyniadau
staff-home-heading = Ymgynghoriadau
create-consultation = Creu ymgynghoriad
question-library = Llyfrgell cwestiynau
question-library-about = : cwestiynau a ofynnir yn yr un geiriau ar draws y cyngor.
no-consultations-match = Nid oes ymgynghoriadau’n cyfateb i’r hidlwyr hyn.
status-draft = Drafft
filter-department = Adran
filter-all-departments = Pob adran
filter-status = Statws
filter-all-statuses = Pob statws
filter-button = Hidlo
consultations-shown = Yn dangos {$shown} o {$total} {$total ->
    [one] ymgynghoriad
   *[other] ymgynghoriad
}.
consultations-count = {$total} {$total ->
    [one] ymgynghoriad
   *[other] ymgynghoriad
}.
clear-filters = Clirio’r hidlwyr
all-consultations = Pob ymgynghoriad
column-consultation = Ymgynghoriad
column-status = Statws
column-closes = Yn cau
column-responses = Ymatebion
questionnaire-link = Holiadur
questionnaire-of = {$title}
draft-suffix = (drafft)

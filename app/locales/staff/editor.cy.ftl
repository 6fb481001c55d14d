# The staff pages, editor, in Welsh (decision 0031). Every message here is also in editor.en.ftl,
# with the same arguments: a unit test checks.

## Golygydd y cwestiynau: pennawd a theitl y dudalen

editor-edit-question = Golygu cwestiwn
editor-add-question-to = Ychwanegu cwestiwn at dudalen {$page}
editor-add-question = Ychwanegu cwestiwn
editor-page-title = {$heading}: {$title}

## Golygydd y cwestiynau: pa fath o gwestiwn?

editor-kind-legend = Pa fath o gwestiwn?
editor-kind-hint = Gallwch newid ei eiriad a’i osodiadau yn nes ymlaen, ond nid ei fath.
editor-kind-short-text = Testun byr
editor-kind-short-text-about = Ychydig eiriau, fel enw neu stryd
editor-kind-long-text = Testun hir
editor-kind-long-text-about = Brawddegau neu baragraffau, gyda therfyn nodau
editor-kind-single-choice = Un dewis
editor-kind-single-choice-about = Botymau radio: mae ymatebwyr yn dewis un opsiwn
editor-kind-multiple-choice = Dewis lluosog
editor-kind-multiple-choice-about = Blychau ticio: mae ymatebwyr yn dewis unrhyw nifer o opsiynau, neu rhwng isafswm ac uchafswm
editor-kind-dropdown = Rhestr gwympo
editor-kind-dropdown-about = Un opsiwn o restr, ar gyfer rhestrau hir o opsiynau byr fel wardiau
editor-kind-grid = Grid (graddfa Likert)
editor-kind-grid-about = Sawl datganiad, pob un yn cael ei ateb ar yr un raddfa, fel o “Cytuno’n gryf” i “Anghytuno’n gryf”
editor-kind-ranking = Trefn blaenoriaeth
editor-kind-ranking-about = Mae ymatebwyr yn rhoi rhestr o eitemau mewn trefn, gan roi safle gwahanol i bob un
editor-kind-points = Dyrannu pwyntiau
editor-kind-points-about = Mae ymatebwyr yn rhannu nifer o bwyntiau rhwng yr opsiynau, fel 100 pwynt rhwng blaenoriaethau’r gyllideb
editor-kind-number = Rhif
editor-kind-number-about = Rhif cyfan neu ddegol, rhwng terfynau a ddewiswch, gydag uned ddewisol
editor-kind-date = Dyddiad
editor-kind-date-about = Diwrnod, mis a blwyddyn, rhwng dyddiad cynharaf a dyddiad olaf a ddewiswch
editor-kind-email = Cyfeiriad e-bost
editor-kind-email-about = Caiff ei wirio i sicrhau ei fod ar ffurf cyfeiriad e-bost
editor-kind-uk-postcode = Cod post yn y DU
editor-kind-uk-postcode-about = Caiff ei wirio i sicrhau ei fod yn god post llawn yn y DU, a’i gadw yn ei ffurf safonol
editor-kind-heading = Pennawd (nid cwestiwn)
editor-kind-heading-about = Pennawd rhwng cwestiynau, i’w grwpio
editor-kind-paragraph = Paragraff o destun (nid cwestiwn)
editor-kind-paragraph-about = Gwybodaeth rhwng cwestiynau, yn Markdown: rhestrau, print trwm, dolenni

## Golygydd y cwestiynau: neu ychwanegu cwestiwn o’r llyfrgell

editor-from-library-heading = Neu ychwanegwch gwestiwn o’r llyfrgell
editor-from-library-about = Copi o gwestiwn a gadwyd gan staff ar draws y cyngor, wedi’i ychwanegu yma. Gallwch newid y copi wedyn.
editor-add-this-question = Ychwanegu’r cwestiwn hwn

## Golygydd y cwestiynau: pennawd neu baragraff o destun

editor-kind-of-block = Math o floc: {$kind}
editor-heading-label = Pennawd
editor-text-label = Testun
editor-text-hint = Caiff ei ddangos rhwng y cwestiynau. Gallwch ddefnyddio Markdown: ## ar gyfer pennawd, - ar gyfer rhestr, **trwm**, [testun y ddolen](https://www.example.gov.uk).
editor-save = Cadw
editor-cancel = Canslo

## Golygydd y cwestiynau: cwestiwn

editor-kind-of-question = Math o gwestiwn: {$kind}
editor-save-question = Cadw’r cwestiwn
editor-question-label = Cwestiwn
editor-hint-label = Awgrym (dewisol)
editor-hint-hint = Caiff ei ddangos o dan y cwestiwn, i helpu pobl i’w ateb.
editor-required-label = Rhaid i ymatebwyr ateb y cwestiwn hwn
editor-max-chars-label = Terfyn nodau
editor-max-chars-hint = Y nifer mwyaf o nodau a all fod mewn ateb. Gadewch ef fel y mae oni bai bod angen llai arnoch.
editor-min-label = Y rhif isaf a ganiateir (dewisol)
editor-max-label = Y rhif uchaf a ganiateir (dewisol)
editor-decimals-label = Lleoedd degol a ganiateir
editor-decimals-hint = 0 ar gyfer rhifau cyfan yn unig; hyd at 6.
editor-unit-label = Uned (dewisol)
editor-unit-hint = Caiff ei dangos ar ôl y blwch, fel km, pobl neu oriau.
editor-earliest-legend = Y dyddiad cynharaf a ganiateir (dewisol)
editor-earliest-hint = Er enghraifft, 1 1 1900
editor-latest-legend = Y dyddiad olaf a ganiateir (dewisol)
editor-latest-hint = Er enghraifft, 31 12 2026
editor-options-legend = Opsiynau
editor-statements-legend = Datganiadau
editor-scale-legend = Graddfa
editor-list-item = {$noun ->
    [statement] Datganiad
    [point] Pwynt
   *[option] Opsiwn
} {$number}
editor-list-item-lower = {$noun ->
    [statement] datganiad
    [point] pwynt
   *[option] opsiwn
} {$number}
editor-move-up = Symud i fyny
editor-move-down = Symud i lawr
editor-list-hint = O leiaf 2. Gadewch {$noun ->
    [statement] ddatganiad
    [point] bwynt
   *[option] opsiwn
} yn wag i’w ddileu.
editor-list-add = Ychwanegu {$noun ->
    [statement] datganiad
    [point] pwynt
   *[option] opsiwn
} arall
editor-other-label = Ychwanegu opsiwn “Arall”
editor-other-hint = Yr olaf yn y rhestr. Gofynnir i bwy bynnag sy’n ei ddewis ddweud beth, mewn blwch ar wahân.
editor-min-choices-label = Y nifer lleiaf o opsiynau y mae’n rhaid i ymatebydd eu dewis (dewisol)
editor-max-choices-label = Y nifer mwyaf o opsiynau y caiff ymatebydd eu dewis (dewisol)
editor-points-total-label = Pwyntiau i’w rhannu
editor-points-total-hint = Fel 100. Hyd at 10,000.
editor-points-rule-legend = Rhaid i bwyntiau’r ymatebwyr adio i
editor-points-rule-exact = Yr union nifer o bwyntiau i’w rhannu
editor-points-rule-at-most = Dim mwy na’r pwyntiau i’w rhannu (caiff ymatebwyr adael rhai)
editor-guidance-label = Canllawiau (dewisol)
editor-guidance-hint = Cymorth hirach, fel ffeithiau sydd eu hangen ar bobl i ateb. Mae ymatebwyr yn ei agor o dan “Help gyda’r cwestiwn hwn”. Gallwch ddefnyddio Markdown: - ar gyfer rhestr, **trwm**, [testun y ddolen](https://www.example.gov.uk).

## Golygydd y cwestiynau: cadw wrth i chi deipio

editor-autosave-to-fix = {$count} {$count ->
    [two] beth
    [few] pheth
    [many] pheth
   *[other] peth
} i’w gywiro yn gyntaf. Pwyswch “Cadw’r cwestiwn” i weld ble.
editor-autosave-conflict = mae rhywun arall wedi newid yr holiadur hwn ers i chi agor y dudalen hon. Copïwch eich newidiadau, ail-lwythwch y dudalen a’u gwneud eto.

## Golygydd y cwestiynau: y llyfrgell cwestiynau

editor-library-heading = Llyfrgell cwestiynau
editor-library-about = Cadwch gopi o’r cwestiwn hwn, fel y’i cadwyd ddiwethaf, i unrhyw un yn y cyngor sy’n llunio ymgynghoriad ei ychwanegu. Ni fydd newidiadau a wneir yma wedyn yn newid y copi.
editor-library-save = Cadw copi yn y llyfrgell

## Meysydd dyddiad ac amser

editor-time-hint = Er enghraifft, 9am, 2:30pm neu 14:30

## Creu ymgynghoriad, a newid ei fanylion

editor-create-title = Creu ymgynghoriad
editor-all-consultations = Pob ymgynghoriad
editor-create-draft-note = Caiff ei gadw fel drafft: dim ond staff all ei weld nes iddo gael ei gyhoeddi.
editor-create-button = Creu ymgynghoriad drafft
editor-template-heading = Dechrau o dempled
editor-template-about = Copi o fanylion a chwestiynau’r templed, fel drafft newydd yn eich adran. Neu llenwch y ffurflen isod i ddechrau o’r dechrau.
editor-template-use = Dechrau o’r templed hwn
editor-template-nothing = Dechrau o’r dechrau
editor-details-title = Newid y manylion: {$title}
editor-details-heading = Newid y manylion
editor-details-button = Cadw’r manylion
editor-about-heading = Am yr ymgynghoriad
editor-title-label = Teitl
editor-slug-label = Cyfeiriad gwe
editor-slug-fixed-hint = Ni all newid unwaith y bydd yr ymgynghoriad yn gyhoeddus: byddai dolenni iddo’n torri.
editor-slug-hint = Gadewch yn wag i’w greu o’r teitl. Llythrennau bach, rhifau a chysylltnodau: er enghraifft, mae library-opening-hours yn troi’n /consultations/library-opening-hours.
editor-summary-label = Crynodeb
editor-summary-hint = Un neu ddwy frawddeg, a ddangosir yn y rhestr o ymgynghoriadau. Hyd at {$max} nod.
editor-body-label = Beth yw pwrpas yr ymgynghoriad
editor-body-hint = Beth a gynigir, pam, a beth y gall atebion pobl ei newid. Gallwch ddefnyddio Markdown: ## ar gyfer pennawd, - ar gyfer rhestr, **trwm**, [testun y ddolen](https://www.example.gov.uk).
editor-preview-body = Rhagweld y disgrifiad
editor-body-preview-heading = Rhagolwg o’r disgrifiad
editor-body-preview-hint = Fel y bydd yn ymddangos ar dudalen yr ymgynghoriad. Nid oes dim wedi’i gadw eto.
editor-choose-department = Dewiswch adran
editor-contact-heading = Pwy i gysylltu â nhw
editor-contact-name-label = Enw cyswllt
editor-contact-name-hint = Person neu dîm, er enghraifft y tîm Llyfrgelloedd.
editor-contact-email-label = Cyfeiriad e-bost cyswllt
editor-when-open-heading = Pryd mae ar agor
editor-opening-date = Dyddiad agor
editor-opening-time = Amser agor
editor-opening-date-hint = Amser y DU. Er enghraifft, 1 6 2027
editor-closing-date = Dyddiad cau
editor-closing-time = Amser cau
editor-closing-date-hint = Amser y DU. Er enghraifft, 31 8 2027

## Rhagolygon

editor-loading-preview = Wrthi’n llwytho’r rhagolwg…
editor-preview-link-title = Nid yw’r ddolen rhagolwg hon yn gweithio
editor-preview-link-wrong = Nid yw’r ddolen rhagolwg hon yn gywir. Gofynnwch i’r person a’i hanfonodd am un newydd.
editor-preview-link-expired = Mae’r ddolen rhagolwg hon wedi dod i ben. Gofynnwch i’r person a’i hanfonodd am un newydd.
editor-preview-consultation-gone = Nid yw’r ymgynghoriad hwn yn bodoli mwyach.

## Problemau gyda chwestiwn yn y golygydd

editor-problem-enter-question = Rhowch y cwestiwn
editor-problem-question-too-long = Rhaid i’r cwestiwn fod yn {$max} nod neu lai
editor-problem-hint-too-long = Rhaid i’r awgrym fod yn {$max} nod neu lai
editor-problem-guidance-too-long = Rhaid i’r canllawiau fod yn {$max} nod neu lai
editor-problem-not-whole-number = Rhaid {$field ->
    [max_chars] i’r terfyn nodau
    [decimals] i nifer y lleoedd degol
    [points_total] i’r pwyntiau i’w rhannu
    [min_choices] i’r isafswm
   *[max_choices] i’r uchafswm
} fod yn rhif cyfan, fel 3
editor-problem-max-chars-range = Rhaid i’r terfyn nodau fod rhwng 1 a {$max}
editor-problem-limit-range = Rhaid {$field ->
    [min] i’r rhif isaf
   *[max] i’r rhif uchaf
} fod rhwng -{$limit} a {$limit}
editor-problem-not-a-number = Rhaid {$field ->
    [min] i’r rhif isaf
   *[max] i’r rhif uchaf
} fod yn rhif, fel 10
editor-problem-min-above-max = Ni all y rhif isaf fod yn fwy na’r rhif uchaf
editor-problem-decimals-range = Rhaid i nifer y lleoedd degol fod rhwng 0 a {$max}
editor-problem-unit-too-long = Rhaid i’r uned fod yn {$max} nod neu lai
editor-problem-limit-date-missing = Rhaid i’r dyddiad {$which ->
    [earliest] cynharaf
   *[latest] olaf
} gynnwys {$parts ->
    [day] diwrnod
    [month] mis
    [year] blwyddyn
    [day-month] diwrnod a mis
    [day-year] diwrnod a blwyddyn
   *[month-year] mis a blwyddyn
}
editor-problem-limit-date-short-year = Rhaid i flwyddyn y dyddiad {$which ->
    [earliest] cynharaf
   *[latest] olaf
} gynnwys 4 rhif
editor-problem-limit-date-not-real = Rhaid i’r dyddiad {$which ->
    [earliest] cynharaf
   *[latest] olaf
} fod yn ddyddiad go iawn
editor-problem-earliest-after-latest = Rhaid i’r dyddiad cynharaf fod cyn y dyddiad olaf
editor-problem-item-too-long = Rhaid i {$noun ->
    [statement] ddatganiad
    [point] bwynt
   *[option] opsiwn
} {$number} fod yn {$max} nod neu lai
editor-problem-item-repeated = {$noun ->
    [statement] Mae datganiad {$number} yr un fath â datganiad cynharach
    [point] Mae pwynt {$number} yr un fath â phwynt cynharach
   *[option] Mae opsiwn {$number} yr un fath ag opsiwn cynharach
}
editor-problem-too-few-items = Rhowch o leiaf 2 {$noun ->
    [statement] ddatganiad
    [point] bwynt ar y raddfa
   *[option] opsiwn
}
editor-problem-too-many-items = Gall cwestiwn gynnwys {$max} {$noun ->
    [statement] datganiad
    [point] pwynt ar y raddfa
   *[option] opsiwn
} ar y mwyaf
editor-problem-other-exists = Mae opsiwn {$number} eisoes wedi’i alw’n “{$other}”: dilëwch ef, neu peidiwch ag ychwanegu opsiwn “{$other}”
editor-problem-points-range = Rhaid i’r pwyntiau i’w rhannu fod rhwng 1 a {$max}
editor-problem-enter-points = Rhowch y pwyntiau i’w rhannu, fel 100
editor-problem-max-choices-zero = Rhaid i’r uchafswm fod yn 1 o leiaf
editor-problem-max-choices-above-options = Ni all yr uchafswm fod yn fwy na’r {$count} opsiwn
editor-problem-min-choices-above-max = Ni all yr isafswm fod yn fwy na’r uchafswm
editor-problem-min-choices-above-options = Ni all yr isafswm fod yn fwy na’r {$count} opsiwn
editor-problem-no-such-kind = Nid yw’r math hwnnw o gwestiwn yn bodoli: ewch yn ôl a dewiswch un
editor-problem-enter-block = Rhowch y {$block ->
    [heading] pennawd
   *[text] testun
}
editor-problem-block-too-long = Rhaid i’r {$block ->
    [heading] pennawd
   *[text] testun
} fod yn {$max} nod neu lai

## Problemau gyda manylion ymgynghoriad

editor-problem-enter-title = Rhowch deitl
editor-problem-title-too-long = Rhaid i’r teitl fod yn {$max} nod neu lai
editor-problem-slug = Dim ond llythrennau bach, rhifau a chysylltnodau sengl all fod yn y cyfeiriad gwe, {$max} nod ar y mwyaf
editor-problem-enter-summary = Rhowch grynodeb
editor-problem-summary-too-long = Rhaid i’r crynodeb fod yn {$max} nod neu lai
editor-problem-enter-body = Rhowch beth yw pwrpas yr ymgynghoriad
editor-problem-body-too-long = Rhaid i’r disgrifiad fod yn {$max} nod neu lai
editor-problem-department = Dewiswch yr adran sy’n cynnal yr ymgynghoriad
editor-problem-enter-contact-name = Rhowch enw cyswllt
editor-problem-contact-name-too-long = Rhaid i’r enw cyswllt fod yn {$max} nod neu lai
editor-problem-enter-contact-email = Rhowch gyfeiriad e-bost cyswllt
editor-problem-contact-email-format = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.gov.uk
editor-problem-enter-date = Rhowch y dyddiad {$which ->
    [opens] agor
   *[closes] cau
}
editor-problem-date-missing = Rhaid i’r dyddiad {$which ->
    [opens] agor
   *[closes] cau
} gynnwys {$parts ->
    [day] diwrnod
    [month] mis
    [year] blwyddyn
    [day-month] diwrnod a mis
    [day-year] diwrnod a blwyddyn
   *[month-year] mis a blwyddyn
}
editor-problem-date-short-year = Rhaid i flwyddyn y dyddiad {$which ->
    [opens] agor
   *[closes] cau
} gynnwys 4 rhif
editor-problem-date-not-real = Rhaid i’r dyddiad {$which ->
    [opens] agor
   *[closes] cau
} fod yn ddyddiad go iawn
editor-problem-enter-time = Rhowch yr amser {$which ->
    [opens] agor
   *[closes] cau
}, er enghraifft 9am neu 14:30
editor-problem-time-not-real = Rhowch yr amser {$which ->
    [opens] agor
   *[closes] cau
} fel amser o’r dydd, er enghraifft 9am neu 14:30
editor-problem-time-skipped = Mae’r clociau’n mynd ymlaen ar yr adeg honno: dewiswch amser {$which ->
    [opens] agor
   *[closes] cau
} cyn 1am neu o 2am ymlaen
editor-problem-closes-before-opens = Rhaid i’r dyddiad cau fod ar ôl y dyddiad agor
editor-problem-closes-in-past = Rhaid i’r dyddiad cau fod yn y dyfodol

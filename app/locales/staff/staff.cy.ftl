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
stage-suffix-in-review = (wrthi’n cael ei adolygu)
stage-suffix-approved = (wedi’i gymeradwyo)
stage-suffix-outcome-in-review = (canlyniad wrthi’n cael ei adolygu)
stage-suffix-outcome-published = (canlyniad wedi’i gyhoeddi)

## Gwrthodiadau a rennir gan sawl tudalen staff

staff-no-consultation-here = Nid oes ymgynghoriad yn y cyfeiriad hwn.
staff-unknown-button = Nid yw’r botwm hwnnw ar y dudalen hon: ewch yn ôl i’r dudalen a rhowch gynnig arall arni.

## Dogfennau cysylltiedig: y rhestr ar dudalen yr ymgynghoriad

staff-related-documents = Dogfennau cysylltiedig
staff-file-type-pdf = PDF
staff-file-type-word = Dogfen Word
staff-file-type-odt = Testun OpenDocument
staff-file-type-excel = Taenlen Excel
staff-file-type-ods = Taenlen OpenDocument
staff-file-type-csv = CSV
staff-file-type-png = Delwedd PNG
staff-file-type-jpeg = Delwedd JPEG
staff-file-type-gif = Delwedd GIF
staff-file-type-webp = Delwedd WebP
staff-document-size-bytes = {$bytes} beit

## Dogfennau cysylltiedig: tudalen y staff

staff-documents-title = Dogfennau cysylltiedig: {$title}
staff-documents-link-added = Dolen wedi’i hychwanegu. Mae wedi’i rhestru ar dudalen yr ymgynghoriad.
staff-documents-file-added = Ffeil wedi’i lanlwytho. Mae wedi’i rhestru ar dudalen yr ymgynghoriad.
staff-documents-removed = Dogfen wedi’i thynnu.
staff-documents-moved = Dogfen wedi’i symud.
staff-documents-gone = Roedd rhywun eisoes wedi tynnu’r ddogfen honno: dyma’r rhestr fel y mae nawr.
staff-documents-remove-question = Tynnu “{$title}”?
staff-documents-remove-effect = Ni fydd wedi’i rhestru ar dudalen yr ymgynghoriad mwyach, a bydd ei dolen yn peidio â gweithio.
staff-documents-yes-remove = Ie, ei thynnu
staff-documents-no-keep = Na, ei chadw
staff-documents-intro = Wedi’u rhestru ar dudalen yr ymgynghoriad yn y drefn hon, o dan “Dogfennau cysylltiedig”. Mae newidiadau’n ymddangos yno ar unwaith. Hyd at {$most} dogfen.
staff-documents-none = Nid oes dogfennau cysylltiedig eto.
staff-documents-move-up = Symud i fyny
staff-documents-move-down = Symud i lawr
staff-documents-remove = Tynnu
staff-documents-add-link = Ychwanegu dolen
staff-documents-add-link-about = I ddogfen neu dudalen ar wefan arall, fel gwefan y cyngor ei hun.
staff-documents-title-label = Teitl
staff-documents-link-title-hint = Beth yw’r ddogfen, er enghraifft Strategaeth ddrafft y llyfrgelloedd 2027 i 2030.
staff-documents-url-label = Cyfeiriad gwe
staff-documents-url-hint = Er enghraifft, https://www.example.gov.uk/library-strategy.pdf
staff-documents-add-link-button = Ychwanegu dolen
staff-documents-upload = Lanlwytho ffeil
staff-documents-file-title-hint = Beth yw’r ddogfen, er enghraifft Map o’r llwybr arfaethedig.
staff-documents-file-label = Ffeil
staff-documents-file-hint = PDF, Word, OpenDocument, Excel, CSV, neu ddelwedd (PNG, JPEG, GIF neu WebP), hyd at {$megabytes} MB. Gellir ychwanegu dogfen fwy fel dolen.
staff-documents-upload-button = Lanlwytho ffeil

## Dogfennau cysylltiedig: problemau gyda’r hyn a anfonwyd

staff-documents-enter-title = Rhowch deitl i’r ddogfen
staff-documents-title-too-long = Rhaid i’r teitl fod yn {$most} nod neu lai
staff-documents-enter-url = Rhowch gyfeiriad gwe’r ddogfen
staff-documents-url-too-long = Rhaid i’r cyfeiriad gwe fod yn {$most} nod neu lai
staff-documents-url-format = Rhowch gyfeiriad gwe yn y fformat cywir, fel https://www.example.gov.uk/plan.pdf
staff-documents-select-file = Dewiswch ffeil
staff-documents-file-empty = Mae’r ffeil a ddewiswyd yn wag
staff-documents-file-type = Rhaid i’r ffeil a ddewiswyd fod yn ffeil PDF, Word, OpenDocument, Excel, CSV, PNG, JPEG, GIF neu WebP
staff-documents-file-too-large = Rhaid i’r ffeil a ddewiswyd fod yn llai na {$megabytes} MB. Rhowch ddolen i ddogfen fwy yn lle hynny
staff-documents-no-document-there = Nid oes dogfen yno: ewch yn ôl i’r dudalen a rhowch gynnig arall arni.
staff-documents-upload-unreadable = Nid oedd modd darllen y lanlwythiad.
staff-documents-gone-here = Nid yw’r ddogfen honno yma mwyach: efallai fod rhywun wedi’i thynnu.

## Y llyfrgell cwestiynau

staff-library-removed = Cwestiwn wedi’i dynnu o’r llyfrgell. Nid yw copïau sydd eisoes wedi’u hychwanegu at holiaduron wedi newid.
staff-library-gone = Roedd rhywun eisoes wedi tynnu’r cwestiwn hwnnw: dyma’r llyfrgell fel y mae nawr.
staff-library-intro = Cwestiynau a ofynnir yn yr un geiriau ar draws y cyngor. Pan fyddwch yn ychwanegu cwestiwn at holiadur, gallwch ychwanegu copi o un o’r rhain yn lle ei ysgrifennu: yna gallwch newid y copi heb newid y llyfrgell.
staff-library-standard = Cwestiynau safonol
staff-block-about-you = Amdanoch chi (monitro cydraddoldeb)
staff-block-about-you-about = Oed, rhyw, hunaniaeth rhywedd, grŵp ethnig, anabledd, crefydd neu gred a chyfeiriadedd rhywiol, yng nghategorïau Cyfrifiad 2021. Mae pob cwestiwn yn ddewisol ac mae ganddo “Mae’n well gennyf beidio â dweud”; mae paragraff yn dweud wrth ymatebwyr pam y gofynnir y cwestiynau.
staff-block-about-response = Am yr ymateb hwn
staff-block-about-response-about = A ydynt yn ymateb fel unigolyn neu ar ran sefydliad (a pha un), eu henw, ac a gawn ni gyhoeddi eu hymateb (gyda’u henw, hebddo, neu ddim o gwbl), wedi’i gadw gyda phob ymateb ar gyfer cymedroli.
staff-library-block-added = Caiff ei ychwanegu o dudalen holiadur, fel tudalen olaf newydd.
staff-library-saved = Cwestiynau wedi’u cadw
staff-library-none-saved = Nid oes cwestiynau wedi’u cadw eto. I gadw un, agorwch ef mewn holiadur rydych yn ei adeiladu a dewiswch “Cadw copi yn y llyfrgell”.
staff-library-saved-by = {$kind} · wedi’i gadw gan {$name}, {$date}
staff-library-saved-by-in = {$kind} · wedi’i gadw gan {$name}, {$department}, {$date}
staff-library-remove = Tynnu o’r llyfrgell
staff-library-gone-question = Nid yw’r cwestiwn hwnnw yn y llyfrgell mwyach: efallai fod rhywun wedi’i dynnu.
staff-library-question-deleted = Nid yw’r cwestiwn hwnnw yn yr holiadur hwn mwyach: efallai fod rhywun wedi’i ddileu.
staff-library-question-too-old = Cafodd y cwestiwn hwnnw ei gadw gan fersiwn hŷn o’r platfform ac ni ellir ei ychwanegu mwyach. Gofynnwch i bwy bynnag a’i cadwodd ei gadw eto.

## Fersiwn Gymraeg: geiriau’r ymgynghoriad ei hun yn Gymraeg

staff-welsh-title = Fersiwn Gymraeg: {$title}
staff-welsh-saved = Mae’r Gymraeg wedi’i chadw.
staff-welsh-heading = Fersiwn Gymraeg
staff-welsh-intro = Rhowch y Gymraeg ar gyfer pob testun. Mae pobl sy’n dewis Cymraeg yn ei gweld; mae testun heb Gymraeg yn ymddangos yn Saesneg, wedi’i farcio fel Saesneg fel bod darllenwyr sgrin yn ei ddweud yn iawn. Pan fydd Saesneg testun yn newid, ni chaiff ei Gymraeg ei dangos nes iddi gael ei diweddaru yma.
staff-welsh-progress = Mae gan {$done} o {$total} testun Gymraeg gyfredol.
staff-welsh-stale = Mae angen diweddaru {$count}: mae eu Saesneg wedi newid.
staff-welsh-save = Cadw’r Gymraeg
staff-welsh-box-label = {$what} yn Gymraeg
staff-welsh-english = Saesneg:
staff-welsh-english-changed = Saesneg wedi newid: gwiriwch y Gymraeg

## Fersiwn Gymraeg: beth yw pob testun (wedi’u cysylltu gan “: ”, fel yn “Cwestiwn 3: awgrym”)

staff-welsh-what-title = Teitl yr ymgynghoriad
staff-welsh-what-summary = Crynodeb o’r ymgynghoriad
staff-welsh-what-body = Disgrifiad
staff-welsh-what-page = Tudalen {$number}
staff-welsh-what-page-title = teitl
staff-welsh-what-heading = Pennawd
staff-welsh-what-paragraph = Paragraff
staff-welsh-what-question = Cwestiwn {$number}
staff-welsh-what-hint = awgrym
staff-welsh-what-guidance = help gyda’r cwestiwn hwn
staff-welsh-what-option = opsiwn {$number}
staff-welsh-what-statement = datganiad {$number}
staff-welsh-what-scale-point = pwynt ar y raddfa {$number}
staff-welsh-what-rank-item = eitem i’w graddio {$number}
staff-welsh-what-points-option = opsiwn i roi pwyntiau iddo {$number}

## Mewngofnodi: problemau

staff-sign-in-enter-email = Rhowch eich cyfeiriad e-bost
staff-sign-in-email-format = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.gov.uk
staff-sign-in-enter-password = Rhowch eich cyfrinair
staff-sign-in-not-right = Nid yw’r cyfeiriad e-bost na’r cyfrinair yn gywir

## Rhoi ymateb a ddaeth ar bapur, dros y ffôn neu drwy e-bost

staff-entry-loading = Wrthi’n llwytho’r ffurflen…
staff-entry-title = Rhoi ymateb: {$title}
staff-entry-all-responses = Pob ymateb
staff-entry-heading = Rhoi ymateb
staff-entry-intro = Ar gyfer ymateb a ddaeth ar bapur, dros y ffôn neu drwy e-bost. Caiff ei gyfrif gyda’r lleill, ac mae’r canlyniadau’n dangos faint a ddaeth ym mhob ffordd.
staff-entry-closed = Caeodd yr ymgynghoriad hwn am {$when}. Dim ond gyda rheswm y derbynnir ymateb a ddaeth i law ar ôl hynny.
staff-entry-closes = Mae’r ymgynghoriad hwn yn cau am {$when}.
staff-entry-about = Am yr ymateb
staff-entry-channel-legend = Sut daeth yr ymateb i law?
staff-entry-channel-paper = Ffurflen bapur neu lythyr
staff-entry-channel-phone = Galwad ffôn
staff-entry-channel-email = E-bost
staff-entry-received-legend = Pryd daeth i law?
staff-entry-received-hint = Er enghraifft, 27 3 2026
staff-entry-late-reason-label = Pam y caiff ei dderbyn ar ôl y dyddiad cau?
staff-entry-late-reason-hint = Dim ond os daeth i law ar ôl y dyddiad cau. Er enghraifft, wedi’i farcio â stamp post cyn y dyddiad cau.
staff-entry-answers = Yr atebion
staff-entry-answers-about = Rhowch bob ateb fel y’i rhoddwyd gan yr unigolyn. Os gadawodd gwestiwn yn wag, gallwch ei adael yn wag yma hefyd.
staff-entry-save = Cadw’r ymateb

## Rhoi ymateb: problemau

staff-entry-not-published = Nid yw holiadur yr ymgynghoriad hwn wedi’i gyhoeddi eto, felly nid oes dim i’w ateb.
staff-entry-select-channel = Dewiswch sut daeth yr ymateb i law
staff-entry-enter-received = Rhowch y dyddiad y daeth yr ymateb i law
staff-entry-received-missing-day = Rhaid i’r dyddiad y daeth yr ymateb i law gynnwys diwrnod
staff-entry-received-missing-month = Rhaid i’r dyddiad y daeth yr ymateb i law gynnwys mis
staff-entry-received-missing-year = Rhaid i’r dyddiad y daeth yr ymateb i law gynnwys blwyddyn
staff-entry-received-missing-day-month = Rhaid i’r dyddiad y daeth yr ymateb i law gynnwys diwrnod a mis
staff-entry-received-missing-day-year = Rhaid i’r dyddiad y daeth yr ymateb i law gynnwys diwrnod a blwyddyn
staff-entry-received-missing-month-year = Rhaid i’r dyddiad y daeth yr ymateb i law gynnwys mis a blwyddyn
staff-entry-received-short-year = Rhaid i’r flwyddyn gynnwys 4 rhif
staff-entry-received-not-real = Rhaid i’r dyddiad y daeth yr ymateb i law fod yn ddyddiad go iawn
staff-entry-received-future = Rhaid i’r dyddiad y daeth yr ymateb i law fod heddiw neu yn y gorffennol
staff-entry-enter-late-reason = Rhowch y rheswm pam y derbynnir ymateb a ddaeth i law ar ôl y dyddiad cau ({$closes})
staff-entry-late-reason-too-long = Rhaid i’r rheswm fod yn {$most} nod neu lai
staff-entry-no-answers = Rhowch o leiaf un ateb: ni chaiff ymateb heb atebion ei gadw

## Gwrthodiadau gyda manylion (a geir yn ôl eu siâp ar y dudalen: `interface_text::english_in`)

staff-library-already-saved = Mae’r cwestiwn hwn eisoes yn y llyfrgell, wedi’i gadw gan {$who} ar {$date}.
staff-documents-too-many = Mae gan yr ymgynghoriad hwn {$most} dogfen gysylltiedig eisoes, y nifer fwyaf y gall eu cael. Tynnwch un cyn ychwanegu un arall.
staff-documents-file-not-real = Nid yw’r ffeil a ddewiswyd yn ffeil {$kind} go iawn: mae ei henw’n dweud un math ond mae ei chynnwys yn fath arall. Cadwch hi eto fel {$kind} a lanlwythwch honno
staff-welsh-too-long = Rhaid i’r Gymraeg ar gyfer {$what} fod yn {$most} nod neu lai

## Eich cyfrif

staff-account-link = Eich cyfrif
staff-account-title = Eich cyfrif
staff-account-heading = Eich cyfrif
staff-account-back = Yn ôl i’r ymgyngoriadau
staff-account-name = Enw
staff-account-email = Cyfeiriad e-bost
staff-account-where = Ble rydych chi’n gweithio
staff-account-site-admin = Rydych chi’n weinyddwr y safle: gallwch weld a newid popeth, ym mhob gweithle.
staff-account-no-workspace = Nid ydych yn perthyn i unrhyw weithle eto. Gofynnwch i weinyddwr gweithle eich ychwanegu.
staff-account-workspace = Gweithle
staff-account-role = Eich rôl
staff-account-partner = (sefydliad partner)
staff-role-workspace-admin = Gweinyddwr gweithle
staff-role-editor = Golygydd
staff-role-analyst = Dadansoddwr
staff-role-viewer = Gwyliwr
staff-account-change-password = Newid eich cyfrinair
staff-account-current = Cyfrinair presennol
staff-account-new = Cyfrinair newydd
staff-account-new-hint = Defnyddiwch 12 nod neu fwy. Mae ychydig o eiriau nad ydynt yn perthyn i’w gilydd yn gwneud cyfrinair hir sy’n hawdd ei gofio.
staff-account-confirm = Teipiwch y cyfrinair newydd eto
staff-account-change-button = Newid y cyfrinair
staff-account-password-changed = Mae eich cyfrinair wedi’i newid. Rydych wedi cael eich allgofnodi ym mhob man arall yr oeddech wedi mewngofnodi.
staff-account-everywhere-heading = Allgofnodi ym mhob man
staff-account-everywhere-text = Allgofnodi ar bob cyfrifiadur, ffôn a porwr lle rydych wedi mewngofnodi, gan gynnwys hwn. Gwnewch hyn os gwnaethoch fewngofnodi ar gyfrifiadur nad yw’n eiddo i chi, neu os ydych yn meddwl bod rhywun arall yn gwybod eich cyfrinair.
staff-account-everywhere-button = Allgofnodi ym mhob man
staff-account-enter-current = Rhowch eich cyfrinair presennol
staff-account-current-wrong = Nid yw eich cyfrinair presennol yn gywir
staff-account-enter-new = Rhowch gyfrinair newydd
staff-account-new-too-short = Rhaid i’r cyfrinair newydd fod yn 12 nod neu fwy
staff-account-new-same = Rhaid i’r cyfrinair newydd fod yn wahanol i’ch un presennol
staff-account-confirm-differs = Nid yw’r cyfrineiriau’n cyfateb: teipiwch y cyfrinair newydd eto
staff-account-unknown-action = Gofynnodd y ffurflen hon am rywbeth nad yw’r dudalen gyfrif yn ei wneud
staff-sign-in-wait = { $seconds ->
    [one] Bu gormod o ymdrechion i fewngofnodi. Arhoswch 1 eiliad, yna rhowch gynnig arall arni.
   *[other] Bu gormod o ymdrechion i fewngofnodi. Arhoswch { $seconds } eiliad, yna rhowch gynnig arall arni.
}

## Gweithleoedd a’u pobl

staff-workspaces-link = Gweithleoedd
staff-workspaces-title = Gweithleoedd
staff-workspaces-intro = Mae pob adran a sefydliad partner yn weithle. Mae’r bobl mewn gweithle yn gweld ei ymgyngoriadau; mae’r hyn arall y gallant ei wneud yn dibynnu ar eu rôl.
staff-workspace-kind = Math
staff-workspace-kind-department = Adran
staff-workspace-kind-partner = Sefydliad partner
staff-workspace-people = Pobl
staff-workspace-add-heading = Ychwanegu gweithle
staff-workspace-name = Enw
staff-workspace-code = Cod
staff-workspace-code-hint = Llythrennau bach, digidau a chysylltnodau unigol, fel cynllunio neu gofal-cymdeithasol-oedolion. Mae’n dod yn rhan o gyfeiriad gwe’r gweithle.
staff-workspace-choose = Dewiswch
staff-workspace-add-button = Ychwanegu’r gweithle
staff-workspace-created = Gweithle wedi’i ychwanegu. Ychwanegwch y bobl sy’n gweithio ynddo.
staff-workspace-added = Person wedi’i ychwanegu at y gweithle.
staff-workspace-changed = Rôl wedi’i newid.
staff-workspace-removed = Person wedi’i dynnu allan o’r gweithle. Mae ei gyfrif yn aros, a’r hyn a wnaeth hefyd.
staff-workspace-title = { $name } – pobl
staff-workspace-back = Yn ôl i’r gweithleoedd
staff-workspace-nobody = Nid oes neb yn perthyn i’r gweithle hwn eto.
staff-workspace-role = Rôl
staff-workspace-person = Person
staff-workspace-remove-column = Tynnu allan
staff-workspace-role-of = Rôl { $name }
staff-workspace-change-role-of = Newid rôl { $name }
staff-workspace-remove = Tynnu { $name } allan
staff-workspace-deactivated = Wedi’i ddadactifadu
staff-workspace-add-person = Ychwanegu rhywun
staff-workspace-email = Cyfeiriad e-bost
staff-workspace-email-hint = Eu cyfeiriad e-bost gwaith. Caiff rhywun sydd â chyfrif staff ei ychwanegu ar unwaith.
staff-workspace-add-person-button = Ychwanegu at y gweithle
staff-workspace-not-found = Nid oes gweithle o’r fath
staff-workspace-enter-name = Rhowch enw’r gweithle
staff-workspace-name-too-long = Rhaid i’r enw fod yn 100 nod neu lai, heb nodau rheoli
staff-workspace-enter-code = Rhowch god ar gyfer y gweithle
staff-workspace-code-format = Rhaid i’r cod fod yn llythrennau bach, digidau a chysylltnodau unigol, fel cynllunio neu gofal-cymdeithasol-oedolion
staff-workspace-code-taken = Mae gan weithle arall y cod hwn yn barod: dewiswch un arall
staff-workspace-choose-kind = Dewiswch ai adran neu sefydliad partner ydyw
staff-workspace-choose-role = Dewiswch rôl
staff-workspace-enter-email = Rhowch gyfeiriad e-bost y person i’w ychwanegu
staff-workspace-no-account = Does gan neb gyfrif staff gyda’r cyfeiriad e-bost hwn: rhowch eu henw i’w gwahodd
staff-workspace-already-member = Mae’r person hwn eisoes yn perthyn i’r gweithle: newidiwch ei rôl yn y rhestr uchod
staff-workspace-not-a-member = Nid yw’r person hwn yn perthyn i’r gweithle (efallai fod rhywun wedi’i dynnu allan)
staff-workspace-last-admin = Mae gweithle’n cadw o leiaf un gweinyddwr gweithle: gwnewch rywun arall yn weinyddwr yn gyntaf
staff-accounts-link = Pob cyfrif staff
staff-accounts-title = Cyfrifon staff
staff-accounts-intro = Pawb sydd â chyfrif staff. Nid yw cyfrif wedi’i ddadactifadu yn mewngofnodi mwyach, ac mae’n cael ei allgofnodi ym mhob man ar unwaith; mae’r hyn a wnaeth yn aros, dan ei enw.
staff-accounts-where = Ble maen nhw’n gweithio
staff-accounts-status = Statws
staff-accounts-switch = Dadactifadu neu ailactifadu
staff-accounts-site-admin = Gweinyddwr y safle (pob gweithle)
staff-accounts-no-workspace = Dim gweithle eto
staff-accounts-active = Gweithredol
staff-accounts-you = Chi yw hwn
staff-accounts-deactivate = Dadactifadu { $name }
staff-accounts-reactivate = Ailactifadu { $name }
staff-accounts-deactivated-done = Cyfrif wedi’i ddadactifadu: mae wedi’i allgofnodi ym mhob man ac nid yw’n mewngofnodi mwyach.
staff-accounts-reactivated-done = Cyfrif wedi’i ailactifadu: caiff fewngofnodi eto.
staff-accounts-not-yourself = Ni allwch ddadactifadu eich cyfrif eich hun: gofynnwch i weinyddwr arall y safle
staff-accounts-not-found = Nid oes cyfrif staff o’r fath
staff-audit-link = Log archwilio
audit-title = Log archwilio
audit-intro-everything = Popeth y mae staff wedi’i newid ar y platfform, a phob allforio neu lawrlwytho ymatebion, y diweddaraf yn gyntaf. Ni ellir newid na dileu cofnodion.
audit-intro-workspaces = Yr hyn y mae staff wedi’i newid yn y gweithleoedd rydych yn eu rhedeg, a phob allforio neu lawrlwytho eu hymatebion, y diweddaraf yn gyntaf. Ni ellir newid na dileu cofnodion.
audit-who = Pwy
audit-who-hint = Rhan o enw neu gyfeiriad e-bost
audit-action = Beth wnaethon nhw
audit-any-action = Unrhyw beth
audit-about = Ynglŷn â
audit-about-hint = Rhan o deitl ymgynghoriad, cyfeiriad e-bost neu enw gweithle
audit-from = O
audit-to = I
audit-day-hint = Er enghraifft, 28/11/2026
audit-date-format = Rhowch ddyddiad go iawn, er enghraifft 28/11/2026
audit-to-before-from = Rhaid i’r dyddiad gorffen fod yr un fath â’r dyddiad dechrau neu ar ei ôl
audit-download-csv = Lawrlwytho’r cofnodion hyn (CSV)
audit-no-entries = Dim cofnodion.
audit-one-entry = Yn dangos 1 cofnod.
audit-showing-entries = Yn dangos {$first} i {$last} o {$total} cofnod.
audit-pages = Tudalennau o gofnodion
audit-when = Pryd
audit-who-column = Pwy
audit-what = Beth
audit-about-column = Ynglŷn â
audit-change = Newid
audit-before = Cyn
audit-after = Ar ôl
audit-by-platform = Y platfform (neu linell orchymyn y gweinydd)
audit-action-signed-in = Wedi mewngofnodi
audit-action-password-changed = Wedi newid eu cyfrinair
audit-action-signed-out-everywhere = Wedi allgofnodi ym mhobman
audit-action-account-created = Wedi creu cyfrif staff
audit-action-account-deactivated = Wedi dadactifadu cyfrif
audit-action-account-reactivated = Wedi ailactifadu cyfrif
audit-action-workspace-created = Wedi ychwanegu gweithle
audit-action-member-added = Wedi ychwanegu rhywun at weithle
audit-action-member-role-changed = Wedi newid rôl rhywun
audit-action-member-removed = Wedi tynnu rhywun o weithle
audit-action-consultation-created = Wedi creu ymgynghoriad
audit-action-details-changed = Wedi newid manylion ymgynghoriad
audit-action-questionnaire-changed = Wedi newid holiadur
audit-action-questionnaire-published = Wedi cyhoeddi holiadur
audit-action-template-changed = Wedi cynnig neu dynnu templed yn ôl
audit-action-welsh-version-saved = Wedi cadw fersiwn Gymraeg
audit-action-documents-changed = Wedi newid dogfennau cysylltiedig
audit-action-question-saved = Wedi cadw cwestiwn yn y llyfrgell
audit-action-saved-question-removed = Wedi tynnu cwestiwn o’r llyfrgell
audit-action-response-entered = Wedi rhoi ymateb i mewn
audit-action-responses-exported = Wedi allforio ymatebion
audit-action-download-prepared = Wedi paratoi lawrlwythiad o ymatebion
audit-action-download-taken = Wedi lawrlwytho ymatebion parod
audit-action-audit-exported = Wedi allforio’r log archwilio
audit-action-password-set-by-link = Wedi dewis cyfrinair gyda dolen mewn e-bost
audit-action-account-invited = Wedi gwahodd rhywun newydd
audit-action-two-factor-on = Wedi troi mewngofnodi dau gam ymlaen
audit-action-two-factor-off = Wedi diffodd mewngofnodi dau gam
audit-action-recovery-codes-replaced = Wedi gwneud codau adfer newydd
audit-action-recovery-code-used = Wedi mewngofnodi gyda chod adfer
audit-action-two-factor-reset = Wedi ailosod mewngofnodi dau gam rhywun
audit-action-site-settings-changed = Wedi newid gosodiadau’r wefan
staff-invite-name = Enw (dim ond i rywun heb gyfrif eto)
staff-invite-name-hint = Byddwn yn anfon dolen atynt i ddewis eu cyfrinair. Mae’n gweithio unwaith, am wythnos.
staff-invite-name-too-long = Rhaid i’r enw fod yn 100 nod neu lai, heb nodau rheoli
staff-invite-not-sent = Cafodd y cyfrif ei greu, ond nid oedd modd anfon y gwahoddiad nawr: gofynnwch iddynt ddefnyddio “Wedi anghofio eich cyfrinair?” ar y dudalen fewngofnodi
staff-workspace-invited = Gwahoddiad wedi’i anfon: mae dolen i ddewis cyfrinair wedi’i hanfon atynt.
staff-link-not-usable = Mae’r ddolen hon wedi’i defnyddio, wedi dod i ben neu nid yw’n ddolen a anfonwyd gennym
staff-link-gone-title = Nid yw’r ddolen hon yn gweithio mwyach
staff-link-gone-body = Mae dolen i ddewis cyfrinair yn gweithio unwaith, ac am gyfnod yn unig (wythnos i wahoddiad, awr i ailosod). Efallai ei bod wedi’i defnyddio’n barod.
staff-link-gone-reset = Gofyn am ddolen newydd i ailosod eich cyfrinair
staff-link-invitation-heading = Dewiswch eich cyfrinair
staff-link-reset-heading = Ailosod eich cyfrinair
staff-link-welcome = Croeso, { $name }. Rydych wedi cael gwahoddiad i redeg ymgynghoriadau.
staff-link-for-account = Ar gyfer y cyfrif staff
staff-link-button = Cadw’r cyfrinair
staff-link-password-set = Mae eich cyfrinair wedi’i gadw. Mewngofnodwch gydag ef.
staff-forgot-link = Wedi anghofio eich cyfrinair?
staff-forgot-title = Ailosod eich cyfrinair
staff-forgot-intro = Rhowch gyfeiriad e-bost eich cyfrif staff. Byddwn yn anfon dolen atoch i ddewis cyfrinair newydd. Mae’n gweithio unwaith, am awr.
staff-forgot-button = Anfon dolen ataf
staff-forgot-back = Yn ôl i fewngofnodi
staff-forgot-sent-title = Gwiriwch eich e-bost
staff-forgot-sent-body = Os oes gan gyfrif staff y cyfeiriad e-bost hwnnw, rydym wedi anfon dolen ato i ddewis cyfrinair newydd. Mae’n gweithio unwaith, am awr. Os na ddaw dim, gwiriwch y cyfeiriad gyda gweinyddwr eich gweithle.
staff-workspace-invited-tag = Wedi’i wahodd: dim cyfrinair eto

## Two-factor sign-in (decision 0036)
staff-two-factor-title = Mewngofnodi dau gam
staff-two-factor-set-up-title = Sefydlu mewngofnodi dau gam
staff-two-factor-set-up-link = Sefydlu mewngofnodi dau gam
staff-two-factor-manage = Rheoli
staff-two-factor-is-on = Ymlaen
staff-two-factor-is-off = I ffwrdd
staff-two-factor-back = Yn ôl i’ch cyfrif
staff-two-factor-why = Mae mewngofnodi dau gam yn gofyn am god o ap ar eich ffôn yn ogystal â’ch cyfrinair, fel na all rhywun sy’n dysgu eich cyfrinair fewngofnodi fel chi.
staff-two-factor-required-now = Mae eich cyngor yn gofyn am fewngofnodi dau gam. Sefydlwch ef nawr i orffen mewngofnodi.
staff-two-factor-step-install = Gosodwch ap dilysu ar eich ffôn, os nad oes gennych un: er enghraifft Microsoft Authenticator neu Google Authenticator, neu’r un y mae eich tîm TG yn ei argymell.
staff-two-factor-step-scan = Yn yr ap, ychwanegwch gyfrif a sganiwch y cod QR hwn.
staff-two-factor-qr-label = Cod QR ar gyfer eich ap dilysu (mae’r un allwedd wedi’i hysgrifennu isod)
staff-two-factor-step-key = Os na allwch ei sganio, dewiswch roi allwedd a theipiwch hon:
staff-two-factor-step-code = Rhowch y cod 6 digid y mae’r ap yn ei ddangos nawr.
staff-two-factor-code-label = Cod diogelwch
staff-two-factor-setup-code-hint = Y cod 6 digid o’ch ap dilysu, er enghraifft 123456
staff-two-factor-turn-on = Troi mewngofnodi dau gam ymlaen
staff-two-factor-on-text = Mae mewngofnodi dau gam ymlaen: bob tro y byddwch yn mewngofnodi gofynnir i chi am god o’ch ap dilysu.
staff-two-factor-codes-heading = Codau adfer
staff-two-factor-codes-left = { $count ->
    [one] Mae gennych 1 cod adfer ar ôl.
   *[other] Mae gennych { $count } cod adfer ar ôl.
}
staff-two-factor-password = Eich cyfrinair
staff-two-factor-new-codes-hint = Mae codau newydd yn disodli eich hen rai, sy’n peidio â gweithio.
staff-two-factor-new-codes = Gwneud codau adfer newydd
staff-two-factor-off-heading = Diffodd mewngofnodi dau gam
staff-two-factor-turn-off = Diffodd mewngofnodi dau gam
staff-two-factor-turned-off = Mae mewngofnodi dau gam i ffwrdd. Rydych yn mewngofnodi gyda’ch cyfrinair yn unig.
staff-two-factor-required-stays = Mae eich cyngor yn gofyn am fewngofnodi dau gam, felly ni ellir ei ddiffodd. Os byddwch yn newid ffôn, gofynnwch i weinyddwr y safle ei ailosod: yna byddwch yn ei sefydlu eto wrth fewngofnodi nesaf.
staff-two-factor-codes-title = Cadwch eich codau adfer
staff-two-factor-codes-made = Mae mewngofnodi dau gam ymlaen, gyda chodau adfer newydd.
staff-two-factor-codes-text = Os byddwch yn colli eich ffôn, mewngofnodwch gydag un o’r codau hyn yn lle cod o’r ap. Mae pob un yn gweithio unwaith. Cadwch nhw’n ddiogel, i ffwrdd o’ch ffôn: argraffwch nhw, neu cadwch nhw yn eich rheolwr cyfrineiriau.
staff-two-factor-codes-once = Ni fydd y codau hyn yn cael eu dangos eto.
staff-two-factor-continue = Parhau
staff-two-factor-sign-in-title = Rhowch eich cod diogelwch
staff-two-factor-code-hint = Y cod 6 digid y mae eich ap dilysu yn ei ddangos nawr
staff-two-factor-recovery-label = Cod adfer
staff-two-factor-recovery-hint = Un o’r codau adfer a gadwoch pan sefydloch fewngofnodi dau gam, er enghraifft abcde-23456
staff-two-factor-use-recovery = Nid yw fy ffôn gennyf: defnyddio cod adfer
staff-two-factor-use-app = Defnyddio cod o’m ap dilysu
staff-two-factor-lost-both = Os ydych wedi colli eich ffôn a’ch codau adfer, gofynnwch i weinyddwr y safle ailosod mewngofnodi dau gam i chi.
staff-two-factor-timed-out = Mewngofnodwch eto
staff-two-factor-timed-out-text = Daeth eich mewngofnodi i ben neu cafodd ormod o godau anghywir, felly mae angen eich cyfrinair arnom eto.
staff-two-factor-sign-in-again = Mynd i’r dudalen fewngofnodi
staff-two-factor-enter-code = Rhowch eich cod diogelwch
staff-two-factor-code-format = Rhowch y cod 6 digid o’ch ap, neu god adfer fel abcde-23456
staff-two-factor-app-code-format = Rhowch y cod 6 digid o’ch ap, fel 123456
staff-two-factor-setup-wrong = Nid yw’r cod hwnnw’n gywir. Gwiriwch fod yr ap yn dangos cofnod ar gyfer y wefan hon, yna rhowch y cod y mae’n ei ddangos nawr
staff-two-factor-code-wrong = { $left ->
    [one] Nid yw’r cod hwnnw’n gywir. Mae gennych 1 cynnig arall cyn bod rhaid i chi fewngofnodi eto.
   *[other] Nid yw’r cod hwnnw’n gywir. Mae gennych { $left } cynnig arall cyn bod rhaid i chi fewngofnodi eto.
}
staff-two-factor-already-on = Mae mewngofnodi dau gam eisoes ymlaen
staff-two-factor-start-again = Mae eich gosodiadau wedi newid ers llunio’r dudalen hon: dechreuwch eto
staff-two-factor-not-on = Nid yw mewngofnodi dau gam ymlaen ar gyfer eich cyfrif
staff-two-factor-not-on-for = Nid yw mewngofnodi dau gam ymlaen ar gyfer y cyfrif hwnnw
staff-accounts-two-factor-on = Mewngofnodi dau gam ymlaen
staff-accounts-reset-two-factor = Ailosod mewngofnodi dau gam ar gyfer { $name }
staff-accounts-two-factor-reset-done = Mewngofnodi dau gam wedi’i ailosod: mae’r cyfrif hwnnw wedi’i allgofnodi ym mhob man, ac mae’n mewngofnodi gyda’i gyfrinair (gan sefydlu mewngofnodi dau gam eto os yw’r safle’n gofyn amdano).

## Site settings
site-settings-link = Gosodiadau’r wefan
site-settings-title = Gosodiadau’r wefan
site-settings-saved = Gosodiadau’r wefan wedi’u cadw.
site-settings-save = Cadw’r gosodiadau
site-settings-two-factor-heading = Mewngofnodi dau gam
site-settings-two-factor-hint = Pan fydd yn ofynnol, mae pawb yn mewngofnodi gyda chod o ap dilysu yn ogystal â’u cyfrinair. Mae staff nad ydynt wedi’i sefydlu yn cael eu hallgofnodi ar unwaith ac yn ei sefydlu pan fyddant yn mewngofnodi nesaf.
site-settings-accounts-without = { $count ->
    [one] Nid yw 1 cyfrif gweithredol wedi’i sefydlu.
   *[other] Nid yw { $count } cyfrif gweithredol wedi’i sefydlu.
}
site-settings-require-two-factor = Gofyn am fewngofnodi dau gam gan yr holl staff
site-settings-own-two-factor-first = Sefydlwch fewngofnodi dau gam i chi’ch hun cyn ei wneud yn ofynnol i bawb.

# Account details, invitations sent again, staff emails in either language
audit-action-account-details-changed = Wedi newid manylion cyfrif
audit-action-invitation-resent = Wedi anfon gwahoddiad eto
staff-email-invitation-subject = Rydych wedi cael gwahoddiad i redeg ymgynghoriadau
staff-email-hello = Helo { $name },
staff-email-invitation-body = Mae { $invited_by } wedi rhoi cyfrif staff i chi yn y gweithle { $workspace }. Dewiswch eich cyfrinair gyda’r ddolen hon i ddechrau:
staff-email-link-until = Mae’r ddolen yn gweithio unwaith, tan { $when }.
staff-email-invitation-ignore = Os nad oeddech yn disgwyl y neges e-bost hon, gallwch ei hanwybyddu: nid oes dim yn digwydd nes bod y ddolen yn cael ei defnyddio.
staff-email-reset-subject = Ailosod eich cyfrinair
staff-email-reset-body = Gofynnodd rhywun am ailosod cyfrinair y cyfrif staff sydd â’r cyfeiriad e-bost hwn. Dewiswch gyfrinair newydd gyda’r ddolen hon:
staff-email-reset-ignore = Os na wnaethoch ofyn am hyn, gallwch anwybyddu’r neges e-bost hon: nid yw eich cyfrinair wedi newid.
staff-email-changed-subject = Mae cyfeiriad e-bost eich cyfrif staff wedi newid
staff-email-changed-body = Mae { $by } wedi newid y cyfeiriad e-bost rydych yn mewngofnodi ag ef i { $new }. Mewngofnodwch gyda’r cyfeiriad newydd o hyn ymlaen.
staff-email-changed-ask = Os nad oeddech yn disgwyl hyn, dywedwch wrth weinyddwyr safle eich cyngor ar unwaith.
staff-email-step-subject = { $title }: { $stage }
staff-email-step-body = “{ $title }”: { $did } — { $by }. Ei gam nawr: { $stage }.
staff-email-step-comment = Eu sylw: { $comment }
staff-email-step-see = Mae ei dudalen adolygu yn dangos y rhestr wirio ansawdd a phopeth sydd wedi digwydd:
staff-account-details-heading = Eich manylion
staff-account-your-name = Eich enw
staff-account-your-name-hint = Mae eraill yn ei weld yn eu gweithleoedd ac yn y log archwilio.
staff-account-enter-name = Rhowch enw
staff-email-language-own = Iaith eich negeseuon e-bost
staff-email-language-own-hint = Mae gwahoddiadau, negeseuon ailosod cyfrinair a negeseuon e-bost eraill gan y platfform yn cael eu hysgrifennu ynddi.
staff-email-language-theirs = Iaith eu negeseuon e-bost
staff-email-language-theirs-hint = Ar gyfer rhywun newydd: mae eu gwahoddiad, a’r negeseuon e-bost y mae’r platfform yn eu hanfon atynt wedyn, yn cael eu hysgrifennu ynddi.
staff-email-language-choose = Dewiswch iaith y negeseuon e-bost
staff-account-details-button = Cadw eich manylion
staff-account-details-saved = Mae eich manylion wedi’u cadw.
staff-account-email-language = Iaith negeseuon e-bost
staff-account-email-who-changes = Gall gweinyddwr safle newid y cyfeiriad e-bost rydych yn mewngofnodi ag ef.
staff-accounts-change = Newid manylion
staff-accounts-change-whose =  { $name }
staff-account-edit-title = Newid manylion { $name }
staff-account-edit-back = Yn ôl i gyfrifon staff
staff-account-edit-email-hint = Maen nhw’n mewngofnodi ag ef. Os yw’n newid, rydym yn anfon neges e-bost i’r hen gyfeiriad i ddweud hynny.
staff-account-edit-button = Cadw manylion
staff-account-email-taken = Mae gan gyfrif arall y cyfeiriad e-bost hwn
staff-account-enter-email = Rhowch gyfeiriad e-bost
staff-accounts-details-saved = Mae manylion y cyfrif wedi’u cadw.
staff-accounts-resend = Anfon y gwahoddiad at { $name } eto
staff-invitation-resent = Mae’r gwahoddiad wedi’i anfon eto. Nid yw’r dolenni mewn rhai cynharach yn gweithio mwyach.
staff-invite-not-invited = Mae’r person hwn eisoes wedi dewis ei gyfrinair: gall ddefnyddio “Wedi anghofio eich cyfrinair?” ar y dudalen mewngofnodi
staff-invite-deactivated = Mae’r cyfrif hwn wedi’i ddadactifadu: ailactifadwch ef cyn ei wahodd eto

# The workflow's stages and refusals, and the quality checklist (decision 0038)
workflow-stage-draft = Drafft
workflow-stage-in-review = Yn cael ei adolygu
workflow-stage-approved = Wedi’i gymeradwyo
workflow-stage-scheduled = Wedi’i drefnu
workflow-stage-open = Ar agor
workflow-stage-closed = Wedi cau
workflow-stage-outcome-in-review = Canlyniad yn cael ei adolygu
workflow-stage-outcome-published = Canlyniad wedi’i gyhoeddi
workflow-not-now = Ni ellir gwneud hynny ar y cam hwn: efallai fod y dudalen wedi dyddio, felly edrychwch eto
workflow-own-work = Chi anfonodd hwn i’w adolygu: rhaid i rywun arall ei gymeradwyo
workflow-not-due = Nid yw’n amser gwneud hynny eto
workflow-closes-in-the-past = Mae ei ddyddiad cau wedi mynd heibio: newidiwch ei ddyddiadau, yna anfonwch ef i’w adolygu eto
checklist-summary = Crynodeb sy’n ddigon byr i’w ddangos yn llawn
checklist-contact = Enw a chyfeiriad e-bost cyswllt
checklist-long-enough = Ar agor am ddigon o amser
checklist-labelled = Mae gan bob cwestiwn label
checklist-publishable = Mae’r holiadur yn barod i’w gyhoeddi
checklist-summary-missing = Ysgrifennwch grynodeb
checklist-summary-long = Mae’r crynodeb yn { $chars } nod: byrhewch ef i { $most } neu lai
checklist-contact-missing = Rhowch enw a chyfeiriad e-bost cyswllt
checklist-too-short = Rhaid iddo fod ar agor am o leiaf { $weeks } wythnos
checklist-unlabelled = Cwestiynau heb label: { $numbers }
checklist-privacy = Hysbysiad preifatrwydd a pha mor hir y cedwir data personol
checklist-privacy-missing = Ysgrifennwch hysbysiad preifatrwydd, neu gofynnwch i weinyddwr y safle osod templed y safle
checklist-retention-missing = Dywedwch am ba hyd y cedwir atebion sy’n ddata personol
checklist-minimum-weeks-range = Rhowch nifer cyfan o wythnosau o 1 i 52
audit-action-sent-for-review = Wedi anfon ymgynghoriad i’w adolygu
audit-action-returned-from-review = Wedi dychwelyd ymgynghoriad at ei awdur
audit-action-approved = Wedi cymeradwyo ymgynghoriad
audit-action-scheduled = Wedi trefnu ymgynghoriad
audit-action-opened = Wedi agor ymgynghoriad ar ei ddyddiad
audit-action-closed = Wedi cau ymgynghoriad ar ei ddyddiad
audit-action-outcome-changed = Wedi newid canlyniad ymgynghoriad
audit-action-outcome-published = Wedi cyhoeddi canlyniad ymgynghoriad
audit-action-privacy-changed = Wedi newid hysbysiad preifatrwydd neu ddata personol ymgynghoriad
audit-action-personal-data-erased = Wedi dileu’r atebion sy’n ddata personol, ar ddiwedd eu cyfnod cadw
audit-action-response-deleted = Wedi dileu ymateb
audit-action-subject-access-exported = Wedi lawrlwytho’r ymatebion a roddodd unigolyn, wedi’u canfod trwy ei gyfeiriad e-bost

# The review page (decision 0038)
workflow-title = Adolygu – { $title }
workflow-heading = Adolygu a chyhoeddi
workflow-back = Yn ôl i’r holiadur
workflow-stage = Cam
workflow-opens = Yn agor
workflow-closes = Yn cau
workflow-checklist-heading = Rhestr wirio ansawdd
workflow-checklist-intro = Caiff ei gwirio bob tro y mae’r dudalen hon yn llwytho: rhaid i bob gwiriad basio cyn ei anfon i’w adolygu. Isafswm cyfnod y safle yw { $weeks } wythnos.
workflow-check-passed = Wedi pasio
workflow-check-to-fix = I’w gywiro
workflow-review-heading = Eich adolygiad
workflow-items-legend = Cadarnhewch bob eitem
workflow-items-hint = Mae ei gymeradwyo’n cadarnhau pob eitem.
workflow-comment = Sylw
workflow-comment-hint = Beth ddylai newid, neu unrhyw beth y dylai ei awdur ei wybod. Mae angen sylw i’w ddychwelyd.
workflow-send-heading = Anfon i’w adolygu
workflow-send-comment = Nodyn i’r adolygydd (dewisol)
workflow-schedule-heading = Ei drefnu
workflow-schedule-about = Mae’n mynd ar y wefan gyhoeddus nawr, ac yn agor i ymatebion am { $opens } (ar unwaith os yw hynny wedi mynd heibio).
workflow-button-send-for-review = Anfon i’w adolygu
workflow-button-approve = Cymeradwyo
workflow-button-return = Dychwelyd at ei awdur
workflow-button-schedule = Ei drefnu
workflow-own-work-note = Chi anfonodd hwn i’w adolygu, felly mae rhywun arall yn ei gymeradwyo: gweinyddwr gweithle ei weithle, neu weinyddwr safle.
workflow-waiting = Yn aros am adolygydd: gweinyddwr gweithle ei weithle, neu weinyddwr safle.
workflow-history = Beth sydd wedi digwydd
workflow-history-none = Dim wedi’i gofnodi eto.
workflow-confirmed = Wedi’u cadarnhau:
workflow-clock = Y platfform, ar y dyddiad
workflow-did-send-for-review = Wedi’i anfon i’w adolygu
workflow-did-return = Wedi’i ddychwelyd at ei awdur
workflow-did-approve = Wedi’i gymeradwyo
workflow-did-schedule = Wedi’i drefnu
workflow-did-open = Wedi’i agor
workflow-did-close = Wedi’i gau
workflow-did-edit = Wedi’i newid ar ôl ei gymeradwyo: yn ôl yn cael ei adolygu
workflow-did-send-outcome-for-review = Wedi anfon y canlyniad i’w adolygu
workflow-did-return-outcome = Wedi dychwelyd y canlyniad
workflow-did-publish-outcome = Wedi cyhoeddi’r canlyniad
workflow-did-edit-outcome = Wedi newid y canlyniad a gyhoeddwyd: yn ôl yn cael ei adolygu
workflow-done-in-review = Wedi’i anfon i’w adolygu. Bydd adolygydd yn ei gymeradwyo neu’n ei ddychwelyd gyda sylwadau.
workflow-done-draft = Wedi’i ddychwelyd at ei awdur gyda’ch sylw.
workflow-done-approved = Wedi’i gymeradwyo. Gall ei awdur ei drefnu nawr.
workflow-done-scheduled = Wedi’i drefnu: mae ar y wefan gyhoeddus, ac mae’n agor i ymatebion ar ei ddyddiad.
workflow-done-open = Wedi’i drefnu ac ar agor: gall pobl ymateb nawr.
workflow-unknown-step = Nid yw’r botwm hwnnw’n un sydd gan y dudalen hon
workflow-comment-too-long = Rhaid i’r sylw fod yn 2,000 nod neu lai
workflow-enter-comment = Dywedwch beth ddylai newid cyn ei ddychwelyd
workflow-confirm-items = Cadarnhewch bob eitem ar y rhestr wirio cyn cymeradwyo
workflow-checks-fail = Ni ellir ei anfon i’w adolygu eto. { $problems }.
workflow-builder-about = Mae ymgynghoriad yn mynd yn gyhoeddus ar ôl ei adolygu: anfonwch ef i’w adolygu, mae adolygydd yn ei gymeradwyo, yna trefnwch ef.
workflow-builder-link = Adolygu a chyhoeddi
builder-publish-needs-review = Mae ymgynghoriad a newidiadau iddo yn mynd yn gyhoeddus drwy adolygiad: anfonwch nhw i’w hadolygu o’i dudalen “Adolygu a chyhoeddi”
workflow-checks-fail-now = Nid yw’n pasio’r rhestr wirio ansawdd mwyach. { $problems }.
site-settings-review-heading = Adolygu a chyhoeddi
site-settings-minimum-weeks = Cyfnod ymgynghori byrraf, mewn wythnosau
site-settings-minimum-weeks-hint = Mae’r rhestr wirio ansawdd yn gwrthod anfon i’w adolygu ymgynghoriad sydd ar agor am lai o amser. O 1 i 52.
site-settings-privacy-heading = Hysbysiad preifatrwydd
site-settings-privacy-label = Templed yr hysbysiad preifatrwydd
site-settings-privacy-hint = Mae pob ymgynghoriad yn cysylltu â’i hysbysiad preifatrwydd. Nes bydd golygyddion ymgynghoriad yn ysgrifennu ei hysbysiad ei hun, mae’n dangos y geiriau hyn, yn Markdown. Caiff y rhain eu disodli gan rai’r ymgynghoriad: {"{title}"} (ei deitl), {"{contact_name}"} a {"{contact_email}"} (ei gyswllt), {"{retention}"} (am ba hyd y cedwir atebion sy’n ddata personol). Gadewch ef yn wag ac mae angen hysbysiad ei hun ar bob ymgynghoriad.
site-settings-privacy-too-long = Rhaid i dempled yr hysbysiad preifatrwydd fod yn 50,000 o nodau neu lai
site-settings-retention-label = Misoedd ar ôl cau y mae ymgynghoriadau newydd yn cadw data personol
site-settings-retention-hint = Mae ymgynghoriadau newydd yn dechrau gyda’r cyfnod cadw hwn a gall eu golygyddion ei newid. O 1 i 120, neu gadewch ef yn wag i olygyddion osod un ar gyfer pob un.
site-settings-council-heading = Eich cyngor
site-settings-council-name = Enw’r cyngor
site-settings-council-name-hint = Yn cael ei ddangos ar frig pob tudalen ac mewn apiau dilysu. Gadewch ef yn wag i ddangos enw’r gwasanaeth yn unig.
site-settings-council-name-cy = Enw’r cyngor yn Gymraeg
site-settings-council-name-cy-hint = Yn cael ei ddangos ar dudalennau Cymraeg. Gadewch ef yn wag i ddangos yr enw Saesneg yno hefyd.
site-settings-colour = Lliw’r brand
site-settings-colour-hint = # a chwe llythyren neu ddigid, fel #1d70b8, ar gyfer y llinell o dan y pennyn a’r siartiau. Rhaid iddo fod yn ddigon tywyll i’w weld yn erbyn gwyn a llwyd golau. Gadewch ef yn wag ar gyfer glas.
site-settings-links-heading = Dolenni ar waelod pob tudalen
site-settings-links-about = Cyfeiriadau gwe tudalennau eich cyngor ei hun. Gadewch unrhyw un yn wag i hepgor ei ddolen.
site-settings-accessibility-url = Datganiad hygyrchedd
site-settings-privacy-url = Hysbysiad preifatrwydd ar gyfer y safle cyfan
site-settings-contact-url = Tudalen gyswllt
identity-english-name-too = Rhowch enw’r cyngor yn Saesneg hefyd
identity-name-too-long = Rhaid i’r enw fod yn 100 o nodau neu lai
identity-colour-format = Rhowch liw fel # a chwe llythyren neu ddigid, fel #1d70b8
identity-colour-contrast = Dewiswch liw tywyllach: rhaid iddo gyferbynnu â llwyd golau o leiaf 3 i 1
identity-link-format = Rhowch gyfeiriad gwe yn y fformat cywir, fel https://www.example.gov.uk/accessibility

# The council's logo (decision 0040)
site-settings-logo-label = Logo
site-settings-logo-set = Mae’r pennyn yn dangos eich logo wrth ymyl enw’r cyngor.
site-settings-logo-none = Nid oes logo wedi’i osod: mae’r pennyn yn dangos enw’r cyngor yn unig.
site-settings-logo-change = Newid neu ddileu’r logo
site-settings-logo-add = Ychwanegu logo
site-logo-title = Logo eich cyngor
site-logo-back = Yn ôl i osodiadau’r safle
site-logo-about = Mae’r logo yn cael ei ddangos ar frig pob tudalen, ar y pennyn du, wrth ymyl enw’r cyngor. Defnyddiwch fersiwn sy’n dangos ar ddu, fel un mewn gwyn neu liwiau golau gyda chefndir tryloyw.
site-logo-current = Y logo nawr
site-logo-current-alt = Logo eich cyngor, fel y mae’r pennyn yn ei ddangos
site-logo-pixels-now = { $width } × { $height } picsel.
site-logo-remove = Dileu’r logo
site-logo-none = Nid oes logo wedi’i osod: mae’r pennyn yn dangos enw’r cyngor yn unig.
site-logo-upload = Lanlwytho logo
site-logo-upload-another = Lanlwytho logo newydd
site-logo-file-label = Lanlwytho ffeil
site-logo-file-hint = Delwedd PNG, JPEG neu WebP hyd at { $kilobytes } KB. Mae’n cael ei ddangos 40 picsel o uchder: mae delwedd 80 picsel o uchder yn edrych yn glir ar bob sgrin.
site-logo-upload-button = Lanlwytho’r logo
site-logo-done-uploaded = Mae’r logo wedi’i lanlwytho. Mae pob tudalen yn ei ddangos nawr.
site-logo-done-removed = Mae’r logo wedi’i ddileu.
site-logo-type = Rhaid i’r ffeil a ddewiswyd fod yn ddelwedd PNG, JPEG neu WebP
site-logo-too-large = Rhaid i’r ffeil a ddewiswyd fod yn llai na { $kilobytes } KB
site-logo-unreadable = Nid yw’r ffeil a ddewiswyd yn ffeil { $kind } go iawn: cadwch hi eto a lanlwythwch honno
site-logo-pixels = Rhaid i’r logo fod rhwng { $least } a { $most } picsel o led a rhwng { $least } a { $most } picsel o uchder
site-logo-animated = Rhaid i’r logo fod yn ddelwedd lonydd, nid yn animeiddiad
site-logo-name-first = Rhowch enw’r cyngor yng ngosodiadau’r safle cyn ychwanegu ei logo
identity-name-for-logo = Rhowch enw’r cyngor: mae’r logo ei angen, i bobl na allant weld y logo. I beidio â chael y naill na’r llall, dilëwch y logo yn gyntaf
site-logo-gone = Nid oes logo yn y cyfeiriad hwn. Efallai bod y cyngor wedi newid ei logo.

# The outcome ("We asked, you said, we did"; decision 0038)
workflow-button-send-outcome-for-review = Anfon y canlyniad i’w adolygu
workflow-button-return-outcome = Dychwelyd y canlyniad
workflow-button-publish-outcome = Cyhoeddi’r canlyniad
workflow-send-outcome-heading = Anfon y canlyniad i’w adolygu
workflow-review-outcome-heading = Adolygu’r canlyniad
workflow-outcome-section = Canlyniad
workflow-outcome-none = Nid oes canlyniad wedi’i ysgrifennu eto.
workflow-outcome-public-note = Dyma’r canlyniad ar dudalen gyhoeddus yr ymgynghoriad.
workflow-outcome-changed-note = Mae newid i’r canlyniad a gyhoeddwyd isod: mae’r dudalen gyhoeddus yn cadw’r geiriau a gyhoeddwyd nes bydd adolygydd yn cyhoeddi’r newid.
workflow-outcome-write = Ysgrifennu’r canlyniad
workflow-outcome-change = Newid y canlyniad
workflow-outcome-title = Canlyniad – { $title }
workflow-outcome-heading = Canlyniad: gwnaethom ofyn, dywedoch chi, gwnaethom ni
workflow-outcome-back = Yn ôl i adolygu a chyhoeddi
workflow-outcome-about = Dywedwch beth a ofynnwyd, beth ddywedodd pobl, a beth a benderfynodd y cyngor neu beth y bydd yn ei wneud o’r herwydd. Mae cadw yn cadw’ch geiriau yma; anfonwch nhw i’w hadolygu o’r dudalen adolygu, a bydd adolygydd yn eu cyhoeddi ar dudalen yr ymgynghoriad.
workflow-outcome-about-published = Mae’r canlyniad wedi’i gyhoeddi. Mae cadw newid yn ei anfon i’w adolygu: mae’r dudalen gyhoeddus yn cadw’r geiriau a gyhoeddwyd nes bydd adolygydd yn cyhoeddi’r rhai newydd.
workflow-outcome-cannot-write = Mae golygyddion yr ymgynghoriad yn ysgrifennu’r canlyniad ar ôl iddo gau.
workflow-outcome-published-on = Cyhoeddwyd ddiwethaf { $when }.
workflow-outcome-label = Y canlyniad
workflow-outcome-hint = Gallwch ddefnyddio Markdown: ## ar gyfer pennawd, - ar gyfer rhestr, **trwm**, [testun y ddolen](https://www.example.gov.uk).
workflow-outcome-save = Cadw’r canlyniad
workflow-outcome-enter = Rhowch y canlyniad
workflow-outcome-too-long = Rhaid i’r canlyniad fod yn 50,000 o nodau neu lai
workflow-outcome-not-yet = Mae’r canlyniad yn cael ei ysgrifennu ar ôl i’r ymgynghoriad gau
workflow-outcome-empty = Ysgrifennwch y canlyniad cyn ei anfon i’w adolygu neu ei gyhoeddi
workflow-done-outcome-saved = Mae’r canlyniad wedi’i gadw. Anfonwch ef i’w adolygu pan fydd yn barod.
workflow-done-outcome-changed = Mae’ch newid wedi’i gadw a’i anfon i’w adolygu. Mae’r dudalen gyhoeddus yn cadw’r canlyniad a gyhoeddwyd nes bydd adolygydd yn cyhoeddi’r newid.
workflow-done-outcome-in-review = Mae’r canlyniad wedi’i anfon i’w adolygu.
workflow-done-outcome-returned = Mae’r canlyniad wedi’i ddychwelyd gyda’ch sylw.
workflow-done-outcome-published = Mae’r canlyniad wedi’i gyhoeddi ar dudalen yr ymgynghoriad.

# The reviewer's checklist page (site admins; decision 0038)
checklist-edit-title = Rhestr wirio’r adolygydd
checklist-edit-back = Yn ôl i osodiadau’r safle
checklist-edit-link = Newid rhestr wirio’r adolygydd
checklist-edit-about = Mae adolygydd yn ticio pob eitem cyn cymeradwyo ymgynghoriad. Mae cymeradwyaeth yn cadw’r eitemau a diciwyd, yn y geiriau oedd ganddynt bryd hynny, felly nid yw newid neu ddileu eitem yma yn newid cymeradwyaethau cynharach.
checklist-edit-none = Nid oes eitemau ar y rhestr wirio: mae adolygwyr yn cymeradwyo heb dicio dim.
checklist-edit-item = Eitem { $number }
checklist-edit-whose = eitem { $number }
checklist-edit-save = Cadw
checklist-edit-up = Symud i fyny
checklist-edit-down = Symud i lawr
checklist-edit-remove = Dileu
checklist-edit-add-heading = Ychwanegu eitem
checklist-edit-add-label = Beth mae’r adolygydd yn ei gadarnhau
checklist-edit-add-hint = Un frawddeg y gall adolygydd ddweud ie iddi, er enghraifft “Mae’r crynodeb yn dweud beth fydd yn newid”. Dim mwy na 300 o nodau.
checklist-edit-add = Ychwanegu’r eitem
checklist-edit-full = Mae gan y rhestr wirio { $most } o eitemau, y nifer fwyaf a ganiateir: dilëwch un i ychwanegu un arall.
checklist-edit-saved = Mae’r rhestr wirio wedi’i newid.
checklist-item-enter = Rhowch beth mae’r adolygydd yn ei gadarnhau
checklist-item-too-long = Rhaid i eitem fod yn 300 o nodau neu lai
checklist-item-too-many = Mae gan y rhestr wirio gymaint o eitemau ag a ganiateir: dilëwch un yn gyntaf
checklist-item-gone = Nid yw’r eitem honno ar y rhestr wirio mwyach: efallai fod y dudalen wedi dyddio
checklist-unknown-change = Nid yw’r botwm hwnnw yn un sydd gan y dudalen hon

# Changes to an open consultation, reviewed (decision 0038)
workflow-stage-changes-in-review = Ar agor, newidiadau’n cael eu hadolygu
stage-suffix-changes-in-review = (newidiadau’n cael eu hadolygu)
workflow-did-send-changes-for-review = Wedi anfon ei newidiadau i’w hadolygu
workflow-did-return-changes = Wedi dychwelyd ei newidiadau
workflow-did-approve-changes = Wedi cymeradwyo ei newidiadau: maen nhw’n fyw
workflow-button-send-changes-for-review = Anfon y newidiadau i’w hadolygu
workflow-button-return-changes = Dychwelyd y newidiadau
workflow-button-approve-changes = Cymeradwyo’r newidiadau
workflow-send-changes-heading = Anfon y newidiadau i’w hadolygu
workflow-send-changes-about = Mae gan yr holiadur newidiadau nad yw pobl yn eu gweld eto: maen nhw’n mynd yn fyw pan fydd adolygydd yn eu cymeradwyo. Yn y cyfamser mae’n aros ar agor gyda’r cwestiynau a gyhoeddwyd.
workflow-changes-preview = Rhagolwg o’r holiadur wedi’i newid
workflow-review-changes-heading = Adolygu’r newidiadau
workflow-changes-about = Mae ar agor: mae pobl yn ateb y cwestiynau a gyhoeddwyd nes i chi gymeradwyo’r newidiadau.
workflow-no-changes = Nid oes newidiadau’n aros: newidiwch yr holiadur yn gyntaf
workflow-done-changes-in-review = Mae’r newidiadau wedi’u hanfon i’w hadolygu. Mae’n aros ar agor gyda’r cwestiynau a gyhoeddwyd yn y cyfamser.
workflow-done-changes-returned = Mae’r newidiadau wedi’u dychwelyd gyda’ch sylw. Mae’r cwestiynau a gyhoeddwyd yn aros.
workflow-done-changes-approved = Mae’r newidiadau wedi’u cymeradwyo ac yn fyw: mae pobl sy’n ateb nawr yn eu gweld.
builder-public-changes-about = Mae newidiadau i ymgynghoriad cyhoeddus yn mynd yn fyw ar ôl adolygiad: anfonwch nhw o’i dudalen adolygu, a bydd adolygydd yn eu cymeradwyo.
workflow-changed-meanwhile = Mae wedi newid ers i chi agor y dudalen hon: edrychwch arno eto cyn cymeradwyo
builder-closed-details-fixed = Mae wedi cau: nid yw ei fanylion yn newid mwyach. Ysgrifennwch ei ganlyniad o’i dudalen “Adolygu a chyhoeddi”

# The privacy and personal data page (decision 0039)
personal-data-title = Preifatrwydd a data personol – { $title }
personal-data-heading-page = Preifatrwydd a data personol
personal-data-link = Preifatrwydd a data personol
personal-data-back = Yn ôl i’r dudalen adolygu
personal-data-saved = Mae’r hysbysiad preifatrwydd a’r gosodiadau data personol wedi’u cadw.
personal-data-public-link = Darllen yr hysbysiad preifatrwydd fel y mae ymatebwyr yn ei weld
personal-data-erased-on = Cafodd yr atebion sy’n ddata personol eu dileu ar { $when }. Mae’r cyfrifon yn y canlyniadau’n aros.
personal-data-erase-on = Caiff yr atebion sy’n ddata personol eu dileu ar { $when }.
personal-data-notice-heading = Hysbysiad preifatrwydd
personal-data-notice-about = Mae pob tudalen y mae ymatebwyr yn ei llenwi yn cysylltu â’r hysbysiad preifatrwydd: mae’n dweud wrthynt pwy sy’n defnyddio’u hatebion, pam, ac am ba hyd.
personal-data-no-template = Nid oes gan y safle dempled hysbysiad preifatrwydd, felly mae angen un ei hun ar yr ymgynghoriad hwn.
personal-data-template-summary = Hysbysiad preifatrwydd y safle, a ddefnyddir tra nad oes gan yr ymgynghoriad hwn un ei hun
personal-data-notice-label = Hysbysiad preifatrwydd yr ymgynghoriad hwn ei hun
personal-data-notice-hint = Yn Markdown. Gadewch ef yn wag i ddefnyddio hysbysiad y safle. Caiff {"{title}"}, {"{contact_name}"}, {"{contact_email}"} a {"{retention}"} eu disodli gan rai’r ymgynghoriad.
personal-data-heading = Data personol
personal-data-retention-label = Am faint o fisoedd ar ôl i’r ymgynghoriad gau y cedwir atebion sy’n ddata personol?
personal-data-retention-hint = Yna cânt eu dileu, gydag unrhyw atebion a gadwyd ond na chawsant eu hanfon. Mae’r cyfrifon yn y canlyniadau’n aros. O 1 i 120 mis.
personal-data-questions-legend = Pa gwestiynau sy’n gofyn am ddata personol?
personal-data-questions-hint = Unrhyw beth a allai adnabod rhywun: enwau, cyfeiriadau, rhifau ffôn, a thestun rhydd lle gallai pobl ddweud pwy ydyn nhw. Dewiswch bob un sy’n berthnasol.
personal-data-always = Mae cwestiynau sy’n gofyn am gyfeiriad e-bost neu god post bob amser yn ddata personol:
personal-data-save = Cadw
personal-data-cannot-change = Gallwch ddarllen y gosodiadau hyn. Golygyddion yr ymgynghoriad sy’n eu newid.
personal-data-not-set = Heb ei osod
personal-data-months = { $months ->
    [one] 1 mis ar ôl cau
   *[other] { $months } mis ar ôl cau
}
personal-data-retention-key = Data personol yn cael ei gadw am
personal-data-questions-key = Cwestiynau sy’n gofyn am ddata personol
privacy-notice-too-long = Rhaid i’r hysbysiad preifatrwydd fod yn 50,000 o nodau neu lai
privacy-retention-enter = Rhowch sawl mis y cedwir atebion sy’n ddata personol
privacy-retention-range = Rhowch nifer cyfan o fisoedd o 1 i 120

# Requests about personal data (decision 0039)
requests-link = Ceisiadau am ddata personol: canfod, lawrlwytho neu ddileu ymatebion unigolyn
requests-title = Ceisiadau am ddata personol
requests-back = Yn ôl i osodiadau’r safle
requests-about = Pan fydd rhywun yn gofyn am gopi o’r ymatebion a anfonodd (cais gwrthrych am wybodaeth) neu’n gofyn iddynt gael eu dileu, dewch o hyd iddynt yma trwy’r cyfeiriad e-bost a roddodd. Dim ond atebion i gwestiynau cyfeiriad e-bost a chwilir.
requests-email-label = Cyfeiriad e-bost
requests-email-hint = Fel y’i rhoddwyd gan yr unigolyn yn ei ymatebion.
requests-find = Canfod ymatebion
requests-none-found = Ni roddodd unrhyw ymateb y cyfeiriad e-bost hwn.
requests-found = { $count ->
    [one] Rhoddodd 1 ymateb y cyfeiriad e-bost hwn
   *[other] Rhoddodd { $count } o ymatebion y cyfeiriad e-bost hwn
}
requests-more = Rhoddodd mwy o ymatebion na’r rhain ef: efallai ei fod yn gyfeiriad y mae llawer o bobl yn ei rannu. Dilëwch y rhain, yna chwiliwch eto am y gweddill.
requests-table = Yr ymatebion a roddodd y cyfeiriad e-bost
requests-consultation = Ymgynghoriad
requests-reference = Cyfeirnod
requests-sent = Anfonwyd
requests-download-heading = Eu lawrlwytho
requests-download-about = Taenlen (CSV) o bob ateb a roddodd yr ymatebion hyn, i’w hanfon at y sawl a ofynnodd. Mae’r log archwilio yn cofnodi’r lawrlwytho, nid y cyfeiriad.
requests-download = Lawrlwytho’r ymatebion (CSV)
requests-erase-heading = Eu dileu
requests-erase-about = Mae pob ateb yn yr ymatebion hyn yn gadael y canlyniadau, y lawrlwythiadau a’r cyfrifon ar unwaith ac ni ellir dod â nhw’n ôl. Mae’r log archwilio yn cadw pob cyfeirnod a’ch rheswm.
requests-reason-hint = Er enghraifft, “Gofynnodd yr ymatebydd i ni ddileu ei ymatebion”. Dim mwy na 500 o nodau.
requests-erase = { $count ->
    [one] Dileu’r ymateb hwn
   *[other] Dileu’r { $count } ymateb hyn
}
requests-erased = { $count ->
    [one] Mae 1 ymateb wedi’i ddileu.
   *[other] Mae { $count } o ymatebion wedi’u dileu.
}
requests-unknown-action = Nid yw hwnnw’n un o fotymau’r dudalen hon.
requests-email-enter = Rhowch y cyfeiriad e-bost a roddodd yr unigolyn
requests-email-format = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com
personal-data-closed-admins-only = Mae wedi cau: dim ond gweinyddwr gweithle sy’n newid pa atebion sy’n cael eu dileu a phryd

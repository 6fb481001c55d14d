# Y rhyngwyneb yn Gymraeg (penderfyniad 0030). Mae pob neges yma hefyd yn en.ftl, gyda'r un
# dadleuon: mae prawf uned yn gwirio. These translations were written by the developers and
# are to be checked by the council's Welsh language translator before a Welsh service goes live.

## Y wefan

service-name = Dweud eich dweud
skip-to-main = Neidio i’r prif gynnwys
site-nav-label = Gwefan
nav-consultations = Ymgynghoriadau
nav-staff = Staff
language-switch-label = Iaith
footer-about = Platfform ymgynghori ffynhonnell agored. Mae pob tudalen yn gweithio heb JavaScript ac yn anelu at fodloni WCAG 2.2 AA.
footer-links-heading = Dolenni cymorth
footer-accessibility = Datganiad hygyrchedd
footer-privacy = Preifatrwydd
footer-contact = Cysylltu â ni
error-prefix = Gwall:
there-is-a-problem = Mae problem wedi codi
loading = Wrthi’n llwytho…
go-to-list = Mynd i’r rhestr o ymgynghoriadau
not-found-title = Heb ddod o hyd i’r dudalen
not-found-typed = Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.
not-found-pasted = Os gwnaethoch gludo’r cyfeiriad gwe, gwiriwch eich bod wedi copïo’r cyfeiriad cyfan.
not-found-you-can = Gallwch
not-found-see-all = weld pob ymgynghoriad sydd ar agor, i ddod ac wedi cau

## Dyddiadau ac amseroedd

date-long = {$day} {$month} {$year}
date-time = {$time} ar {$date}
time-midnight = hanner nos
time-midday = hanner dydd
time-morning = {$time}yb
time-afternoon = {$time}yh
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

## Ymgynghoriadau

hub-title = Ymgynghoriadau
hub-lead = Dewch o hyd i ymgynghoriadau gan y cyngor a’i bartneriaid, dywedwch wrthym beth yw eich barn, a gwelwch beth wnaethom gyda’ch safbwyntiau.
hub-open-heading = Ymgynghoriadau sydd ar agor
hub-open-empty = Nid oes unrhyw ymgynghoriadau ar agor ar hyn o bryd.
hub-forthcoming-heading = Ymgynghoriadau i ddod
hub-forthcoming-empty = Nid oes unrhyw ymgynghoriadau wedi’u cynllunio eto.
hub-closed-heading = Ymgynghoriadau sydd wedi cau
hub-closed-empty = Nid oes unrhyw ymgynghoriadau wedi cau eto.
status = Statws
status-open = Ar agor
status-forthcoming = I ddod
status-closed = Wedi cau
department = Adran
dates = Dyddiadau
opens = Yn agor
closes = Yn cau
card-opens = Yn agor am
card-closes = Yn cau am
card-closed = Caeodd am
outcome-published = Canlyniad wedi’i gyhoeddi
open-until = Mae’r ymgynghoriad hwn ar agor tan
respond-online = Ymateb ar-lein
saved-answers-prompt = Wedi cadw eich atebion i ddod yn ôl atynt?
continue-saved = Parhau ag ymateb sydd wedi’i gadw
not-open-yet = Nid yw’r ymgynghoriad hwn ar agor eto. Mae’n agor am
closed-at = Caeodd yr ymgynghoriad hwn am
no-longer-sent = Ni ellir anfon ymatebion mwyach.
outcome-heading = Beth wnaethom gyda’ch safbwyntiau
published = Cyhoeddwyd
about-consultation = Ynglŷn â’r ymgynghoriad hwn
contact = Cysylltu

## Ateb

loading-questions = Wrthi’n llwytho’r cwestiynau…
caption-respond = Ymateb i’r ymgynghoriad
caption-preview = Rhagolwg o’r ffurflen ymateb
preview-title = Rhagolwg: {$title}
preview-heading = Rhagolwg yw hwn
preview-explained = Mae’n dangos yr holiadur yn union fel y bydd ymatebwyr yn ei weld. Caiff atebion eu gwirio gyda’r un rheolau, ond ni chânt eu cadw byth.
preview-share-before = Gall cydweithwyr heb gyfrif weld y rhagolwg hwn drwy
preview-share-link = y ddolen ragolwg hon
preview-share-after = , sy’n gweithio tan {$until}. Copïwch hi o’ch porwr i’w rhannu.
preview-checked = Mae pob ateb yn cyd-fynd â’r rheolau. Ni chadwyd dim: rhagolwg yw hwn.
back = Yn ôl
back-to-consultation = Yn ôl i’r ymgynghoriad
back-to-questionnaire = Yn ôl i’r holiadur
page-progress = Tudalen {$at} o {$of}
page-name = tudalen {$number}
page-name-titled = tudalen {$number} ({$title})
page-number = Tudalen {$number}
consultation-closes-at = Mae’r ymgynghoriad hwn yn cau am {$when}.
honeypot-label = Gadewch y blwch hwn yn wag
optional = (dewisol)
help-with-question = Help gyda’r cwestiwn hwn
characters-allowed = Gallwch ddefnyddio hyd at {$count} nod
characters-remaining = Mae gennych {$count} nod ar ôl
characters-too-many = Mae gennych {$count} nod yn ormod
points-given = {$count} { $count ->
    [two] bwynt
    [few] phwynt
    [many] phwynt
   *[other] pwynt
}
points-left = {$count} { $count ->
    [two] bwynt
    [few] phwynt
    [many] phwynt
   *[other] pwynt
} ar ôl
choose-an-option = Dewiswch opsiwn
date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn
other-answer = Eich ateb arall
button-continue = Parhau
button-saving = Wrthi’n cadw eich atebion…
button-send = Anfon ymateb
button-sending = Wrthi’n anfon eich ymateb…
button-save-for-later = Cadw a dod yn ôl yn nes ymlaen

## Gwirio eich atebion

check-answers-title = Gwiriwch eich atebion cyn anfon eich ymateb
consultation-has-closed = Mae’r ymgynghoriad hwn wedi cau
answers-you-gave = Dyma’r atebion a roesoch.
not-answered = Heb ei ateb
change = Newid
change-your-answer-to = eich ateb i
answers-removed = Mae eich atebion wedi’u dileu ({$pages}): mae ateb a newidiwyd gennych yn golygu nad { $count ->
    [one] yw’r dudalen honno’n cael ei gofyn
   *[other] yw’r tudalennau hynny’n cael eu gofyn
} mwyach.
closed-before-sent = – caeodd yr ymgynghoriad hwn am {$when} cyn i’ch atebion gael eu hanfon, felly nid ydynt wedi’u cyfrif. Maen nhw i’w gweld uchod er mwyn i chi gadw copi.
now-send = Nawr anfonwch eich ymateb
now-send-text = Ar ôl i chi anfon eich ymateb ni allwch newid eich atebion. Byddwch yn cael cyfeirnod.
receipt-email-label = Cyfeiriad e-bost (dewisol)
receipt-email-hint = I gael copi o’ch atebion a’ch cyfeirnod. Dim ond i’w hanfon y byddwn yn ei ddefnyddio.

## Wedi anfon

confirmation-title = Ymateb wedi’i anfon
your-reference = Eich cyfeirnod
received-before = Cawsom eich ymateb i
received-after = am {$when}.
keep-reference = Cadwch eich cyfeirnod. Dyfynnwch ef os byddwch yn cysylltu â ni am eich ymateb.
copy-on-its-way = Rydym yn anfon copi o’ch atebion drwy e-bost i’r cyfeiriad a roesoch. Gall gymryd ychydig funudau i gyrraedd.
what-happens-next = Beth sy’n digwydd nesaf
what-happens-next-text = Pan fydd yr ymgynghoriad yn cau byddwn yn darllen pob ymateb. Byddwn yn cyhoeddi’r hyn a benderfynwyd gennym, a pham, ar dudalen yr ymgynghoriad.
see-other-consultations = Gweld ymgynghoriadau eraill
go-on-sent-title = Mae eich ymateb wedi’i anfon
go-on-sent-text = Mae’r atebion hyn wedi’u hanfon eisoes, felly ni ellir eu newid.
go-on-sent-link = Gweld eich cyfeirnod
go-on-off-path-title = Nid yw eich atebion yn arwain at y dudalen hon
go-on-off-path-text = Mae ateb a roesoch yn golygu nad yw’r dudalen hon yn cael ei gofyn. Mae eich atebion wedi’u cadw.
go-on-off-path-link = Parhau â’ch ymateb
answers-not-found-title = Ni allem ddod o hyd i’r atebion hyn
answers-not-found-saved = Os gwnaethoch gadw eich atebion i ddod yn ôl atynt, peidiodd cyfeiriadau’r tudalennau a atebwyd gennych â gweithio pan wnaethoch eu cadw. Defnyddiwch eich cod dychwelyd, neu’r ddolen a anfonwyd atoch drwy e-bost.
enter-return-code = Rhowch eich cod dychwelyd
answers-not-found-otherwise = Fel arall, gwiriwch mai’r cyfeiriad yw’r union un a roddwyd i chi, neu
start-again = dechreuwch eto o dudalen yr ymgynghoriad

## Cadw a dod yn ôl yn nes ymlaen

saved-title = Mae eich atebion wedi’u cadw
your-return-code = Eich cod dychwelyd
saved-keep-code = Ysgrifennwch y cod neu cadwch ef yn rhywle diogel. I barhau â’ch ymateb i
saved-go-to = ar y ddyfais hon neu unrhyw ddyfais arall, ewch i
saved-continue-link = parhau ag ymateb sydd wedi’i gadw
saved-enter-code = ar dudalen yr ymgynghoriad a rhowch y cod.
saved-until = Gallwch ddod yn ôl hyd nes y bydd yr ymgynghoriad yn cau am
saved-not-sent = Nid yw eich atebion wedi’u hanfon: dim ond pan fyddwch yn anfon eich ymateb y cânt eu cyfrif.
saved-privacy = Er mwyn diogelu eich preifatrwydd, nid yw cyfeiriadau’r tudalennau a atebwyd gennych yn agor eich atebion mwyach: ni all unrhyw un arall sy’n defnyddio’r ddyfais hon eu gweld.
saved-how-to-return = Os gwnaethoch gadw eich atebion i ddod yn ôl atynt, defnyddiwch y cod dychwelyd a roddwyd i chi, neu’r ddolen a anfonwyd atoch drwy e-bost.
link-heading = Cael dolen drwy e-bost
link-explained = Gallwn anfon dolen atoch drwy e-bost sy’n agor eich atebion. Dim ond i anfon y ddolen y byddwn yn defnyddio eich cyfeiriad e-bost.
link-sent-to = Rydym wedi anfon dolen i
link-sent-spam = Gall gymryd ychydig funudau i gyrraedd: edrychwch yn eich ffolder sbam neu sothach os na allwch ei gweld.
email-address = Cyfeiriad e-bost
email-me-a-link = Anfon dolen ataf drwy e-bost
return-until = Gallwch barhau ag ymateb sydd wedi’i gadw hyd nes y bydd yr ymgynghoriad yn cau am {$when}.
return-closed = Caeodd yr ymgynghoriad hwn am {$when}. Mae eich cod dychwelyd yn dal i ddangos eich atebion, er mwyn i chi gadw copi, ond ni ellir eu hanfon mwyach.
return-code = Cod dychwelyd
return-code-example = Er enghraifft, K7QM-4TZP-9XWB
return-lost-code = Os gwnaethom anfon dolen atoch drwy e-bost, gallwch ei hagor yn lle hynny. Wedi colli eich cod?
start-new-response = Dechrau ymateb newydd
opening-answers = Wrthi’n agor eich atebion…
your-saved-answers = Eich atebion sydd wedi’u cadw
link-does-not-work = Nid yw’r ddolen hon yn gweithio

## Problemau gydag ateb

answer-enter-text = Rhowch ateb i “{$label}”
answer-select-one = Dewiswch ateb i “{$label}”
answer-select-at-least = Dewiswch o leiaf {$min} opsiwn ar gyfer “{$label}”
answer-select-at-most = Dewiswch ddim mwy na {$max} opsiwn ar gyfer “{$label}”
answer-select-any = Dewiswch o leiaf un opsiwn ar gyfer “{$label}”
answer-enter-number = Rhowch rif ar gyfer “{$label}”
answer-enter-date = Rhowch ddyddiad ar gyfer “{$label}”
answer-enter-email = Rhowch gyfeiriad e-bost ar gyfer “{$label}”
answer-enter-postcode = Rhowch god post ar gyfer “{$label}”
answer-rank = Rhowch yr eitemau mewn trefn ar gyfer “{$label}”
answer-share-points = Rhannwch y pwyntiau ar gyfer “{$label}”
answer-grid-every = Dewiswch ateb ar gyfer pob datganiad yn “{$label}”
answer-grid-statement = Dewiswch ateb ar gyfer “{$statement}” yn “{$label}”
answer-too-long = Rhaid i’ch ateb i “{$label}” fod yn {$max} nod neu lai (mae ganddo {$count})
answer-email-too-long = Rhaid i’r cyfeiriad e-bost ar gyfer “{$label}” fod yn {$max} nod neu lai
answer-email-format = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com, ar gyfer “{$label}”
answer-postcode-format = Rhowch god post llawn yn y DU, fel SW1A 2AA, ar gyfer “{$label}”
answer-whole-number = Rhaid i “{$label}” fod yn rhif cyfan, fel 12
answer-number = Rhaid i “{$label}” fod yn rhif, fel 12 neu 3.5
answer-decimal-places = Ni chaiff “{$label}” gynnwys mwy na {$places} lle degol
answer-number-between = Rhaid i “{$label}” fod rhwng {$min} a {$max}
answer-number-at-least = Rhaid i “{$label}” fod yn {$min} neu fwy
answer-number-at-most = Rhaid i “{$label}” fod yn {$max} neu lai
answer-other-empty = Dywedwch beth yw eich ateb “Arall” i “{$label}”
answer-other-too-long = Rhaid i’ch ateb “Arall” i “{$label}” fod yn {$max} nod neu lai (mae ganddo {$count})
answer-rank-range = Rhaid i’r safle ar gyfer “{$item}” fod yn rhif o 1 i {$items}
answer-rank-twice = Rhowch safle gwahanol i bob eitem yn “{$label}”: mae {$rank} wedi’i roi fwy nag unwaith
answer-rank-missing = Rhowch safle i bob eitem yn “{$label}”: nid oes safle gan “{$item}”
answer-points-whole = Rhaid i’r pwyntiau ar gyfer “{$item}” fod yn rhif cyfan, fel 10
answer-points-exact = Rhaid i’r pwyntiau ar gyfer “{$label}” adio i {$total}: maen nhw’n adio i {$sum}
answer-points-at-most = Rhaid i’r pwyntiau ar gyfer “{$label}” adio i ddim mwy na {$total}: maen nhw’n adio i {$sum}
answer-date-missing-day = Rhaid i’r dyddiad ar gyfer “{$label}” gynnwys diwrnod
answer-date-missing-month = Rhaid i’r dyddiad ar gyfer “{$label}” gynnwys mis
answer-date-missing-year = Rhaid i’r dyddiad ar gyfer “{$label}” gynnwys blwyddyn
answer-date-missing-day-month = Rhaid i’r dyddiad ar gyfer “{$label}” gynnwys diwrnod a mis
answer-date-missing-day-year = Rhaid i’r dyddiad ar gyfer “{$label}” gynnwys diwrnod a blwyddyn
answer-date-missing-month-year = Rhaid i’r dyddiad ar gyfer “{$label}” gynnwys mis a blwyddyn
answer-date-short-year = Rhaid i’r flwyddyn ar gyfer “{$label}” gynnwys 4 rhif
answer-date-not-real = Rhaid i’r dyddiad ar gyfer “{$label}” fod yn ddyddiad go iawn
answer-date-between = Rhaid i’r dyddiad ar gyfer “{$label}” fod rhwng {$earliest} a {$latest}
answer-date-after = Rhaid i’r dyddiad ar gyfer “{$label}” fod yr un fath â {$earliest} neu ar ei ôl
answer-date-before = Rhaid i’r dyddiad ar gyfer “{$label}” fod yr un fath â {$latest} neu cyn hynny
points-given-left = Rydych wedi rhoi {$given} o {$total} pwynt: {$left} { $left ->
    [two] bwynt
    [few] phwynt
    [many] phwynt
   *[other] pwynt
} ar ôl
points-given-all = Rydych wedi rhoi pob un o’r {$total} pwynt
points-given-too-many = Rydych wedi rhoi {$given} o {$total} pwynt: {$over} { $over ->
    [two] bwynt
    [few] phwynt
    [many] phwynt
   *[other] pwynt
} yn ormod
email-address-format = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com

## Trefnu

not-ranked = Heb ei drefnu
move-up = Symud i fyny
move-down = Symud i lawr
drag-to-order = Llusgwch i’w rhoi mewn trefn
rank-announced = {$item}: safle {$rank} o {$count}

## Negeseuon e-bost

email-receipt-subject = Eich ymateb i “{$title}”: {$reference}
email-receipt-heading = Eich ymateb i “{$title}”
email-received = Cawsom eich ymateb am {$when}. Cadwch yr e-bost hwn: dyfynnwch y cyfeirnod os byddwch yn cysylltu â ni am eich ymateb.
email-the-consultation = Yr ymgynghoriad
email-your-answers = Eich atebion
email-automatic = Neges e-bost awtomatig yw hon: nid yw atebion yn cael eu darllen.
email-return-subject = Parhau â’ch ymateb i “{$title}”
email-return-saved = Gwnaethoch gadw eich atebion i ddod yn ôl atynt yn nes ymlaen.
email-return-open = I barhau â’ch ymateb, agorwch y ddolen hon:
email-return-until = Mae’r ddolen yn gweithio hyd nes y bydd yr ymgynghoriad yn cau am {$when}. Nid yw eich atebion wedi’u hanfon eto: dim ond pan fyddwch yn anfon eich ymateb y cânt eu cyfrif.
email-return-share = Gall unrhyw un sydd â’r ddolen hon weld a newid eich atebion, felly peidiwch â’i rhannu.
email-return-ignore = Os na wnaethoch ofyn am yr e-bost hwn, gallwch ei anwybyddu.

## Beth mae cwestiwn yn ei dderbyn

number-guidance = Rhowch { $decimals ->
    [0] rif cyfan
    [1] rif gydag 1 lle degol ar y mwyaf
   *[other] rif gyda {$decimals} lle degol ar y mwyaf
}
number-guidance-unit = Rhowch { $decimals ->
    [0] rif cyfan
    [1] rif gydag 1 lle degol ar y mwyaf
   *[other] rif gyda {$decimals} lle degol ar y mwyaf
}, mewn {$unit}
number-guidance-between = Rhowch { $decimals ->
    [0] rif cyfan
    [1] rif gydag 1 lle degol ar y mwyaf
   *[other] rif gyda {$decimals} lle degol ar y mwyaf
} rhwng {$min} a {$max}
number-guidance-between-unit = Rhowch { $decimals ->
    [0] rif cyfan
    [1] rif gydag 1 lle degol ar y mwyaf
   *[other] rif gyda {$decimals} lle degol ar y mwyaf
} rhwng {$min} a {$max}, mewn {$unit}
number-guidance-at-least = Rhowch { $decimals ->
    [0] rif cyfan
    [1] rif gydag 1 lle degol ar y mwyaf
   *[other] rif gyda {$decimals} lle degol ar y mwyaf
} o {$min} neu fwy
number-guidance-at-least-unit = Rhowch { $decimals ->
    [0] rif cyfan
    [1] rif gydag 1 lle degol ar y mwyaf
   *[other] rif gyda {$decimals} lle degol ar y mwyaf
} o {$min} neu fwy, mewn {$unit}
number-guidance-at-most = Rhowch { $decimals ->
    [0] rif cyfan
    [1] rif gydag 1 lle degol ar y mwyaf
   *[other] rif gyda {$decimals} lle degol ar y mwyaf
} o {$max} neu lai
number-guidance-at-most-unit = Rhowch { $decimals ->
    [0] rif cyfan
    [1] rif gydag 1 lle degol ar y mwyaf
   *[other] rif gyda {$decimals} lle degol ar y mwyaf
} o {$max} neu lai, mewn {$unit}
date-guidance = Rhowch ddyddiad, er enghraifft 27 3 2026
date-guidance-between = Rhowch ddyddiad rhwng {$earliest} a {$latest}, er enghraifft 27 3 2026
date-guidance-after = Rhowch ddyddiad ar {$earliest} neu ar ôl hynny, er enghraifft 27 3 2026
date-guidance-before = Rhowch ddyddiad ar {$latest} neu cyn hynny, er enghraifft 27 3 2026
postcode-guidance = Er enghraifft, SW1A 2AA
ranking-guidance = Rhowch rif i’r eitemau o 1 i {$count}, gydag 1 ar gyfer eich dewis cyntaf. Rhowch rif gwahanol i bob eitem
points-guidance-exact = Rhannwch {$total} pwynt rhwng yr opsiynau: rhaid iddynt adio i {$total}
points-guidance-up-to = Rhannwch hyd at {$total} pwynt rhwng yr opsiynau
choice-select-exactly = Dewiswch {$count} opsiwn
choice-select-between = Dewiswch rhwng {$min} a {$max} opsiwn
choice-select-at-least = Dewiswch o leiaf {$count} opsiwn
choice-select-up-to = Dewiswch hyd at {$count} opsiwn
choice-select-all = Dewiswch bob un sy’n berthnasol

## Pan na ellir gwneud rhywbeth

not-open-yet-at = Nid yw’r ymgynghoriad hwn ar agor eto. Mae’n agor am {$when}.
closed-no-longer-sent = Caeodd yr ymgynghoriad hwn am {$when}. Ni ellir anfon ymatebion mwyach.
error-title-problem = Mae problem wedi codi
error-title-sign-in = Mewngofnodwch i barhau
error-title-forbidden = Nid oes gennych ganiatâd
error-title-conflict = Ni ellir gwneud hyn nawr
error-title-internal = Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth
error-internal = Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen.
error-forbidden = Nid oes gennych ganiatâd i wneud hynny
refusal-400 = Nid oedd modd darllen y cais. Ewch yn ôl a rhowch gynnig arall arni.
refusal-401 = Mewngofnodwch i barhau.
refusal-403 = Nid oes gennych ganiatâd i wneud hynny.
refusal-405 = Nid yw’r cyfeiriad hwn yn derbyn y math hwnnw o gais. Ewch yn ôl a rhowch gynnig arall arni.
refusal-408 = Cymerodd y cais ormod o amser i gyrraedd. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.
refusal-413 = Anfonodd y ffurflen ormod o ddata. Byrhewch eich atebion a rhowch gynnig arall arni.
refusal-415 = Mae’r cyfeiriad hwn yn derbyn ffurflenni HTML yn unig.
refusal-429 = Bu gormod o geisiadau. Arhoswch funud a rhowch gynnig arall arni.
refusal-other = Nid oedd modd cwblhau’r cais. Ewch yn ôl a rhowch gynnig arall arni.
refusal-500 = Rhowch gynnig arall arni yn nes ymlaen.
rate-limited = Anfonwyd gormod o ffurflenni o’ch cysylltiad rhyngrwyd yn ystod y funud ddiwethaf. Nid oes dim a anfonwyd gennych wedi’i golli: arhoswch {$wait} eiliad, yna ewch yn ôl a rhowch gynnig arall arni.

## Refusals the server writes before it knows the page's language (`interface_text::english_in`
## shows them in the page's language)
questionnaire-not-in-use = Nid yw’r holiadur hwn yn cael ei ddefnyddio mwyach.
closed-use-return-code = Mae’r ymgynghoriad hwn wedi cau, felly ni ellir anfon atebion mwyach. Defnyddiwch eich cod dychwelyd i’w gweld.
no-questions-yet = Nid oes gan yr ymgynghoriad hwn gwestiynau eto.
form-other-consultation = Mae’r ffurflen hon yn perthyn i ymgynghoriad gwahanol.
form-out-of-date = Mae’r ffurflen hon wedi dyddio. Ail-lwythwch y dudalen.
form-unverifiable = Nid oedd modd gwirio’r ffurflen hon. Nid yw eich atebion wedi’u hanfon: anfonwch nhw eto.
link-opens-nothing = Nid yw’r ddolen hon yn agor unrhyw atebion a gadwyd. Cedwir atebion a gadwyd i ddod yn ôl atynt tan 30 diwrnod ar ôl i’r ymgynghoriad gau; defnyddiwch eich cod dychwelyd, neu dechreuwch eto o dudalen yr ymgynghoriad.
honeypot-refusal = Nid oedd modd anfon eich atebion, oherwydd bod blwch y mae’n rhaid iddo aros yn wag wedi’i lenwi. Mae wedi’i guddio, felly efallai fod eich porwr wedi’i lenwi ar eich rhan: ewch yn ôl, ac anfonwch y dudalen eto.
return-code-format = Rhowch y cod dychwelyd fel y cafodd ei ddangos i chi: 12 llythyren a rhif, fel K7QM-4TZP-9XWB
return-code-unknown = Nid oes gan unrhyw atebion a gadwyd i’r ymgynghoriad hwn y cod dychwelyd hwnnw. Gwiriwch y cod a rhowch gynnig arall arni
enter-email-address = Rhowch eich cyfeiriad e-bost
links-emailed-already = Rydym eisoes wedi anfon {$count} dolen i’r atebion hyn drwy e-bost. Defnyddiwch eich cod dychwelyd, neu un o’r dolenni a anfonwyd gennym
email-cannot-send = Ni allwn anfon e-bost i’r cyfeiriad hwn ar hyn o bryd. Defnyddiwch eich cod dychwelyd, neu rhowch gynnig arall arni ymhen awr

# A consultation's privacy notice (decision 0039)
privacy-link = Sut rydym yn defnyddio’ch gwybodaeth (hysbysiad preifatrwydd)
privacy-title = Hysbysiad preifatrwydd – { $title }
privacy-heading = Hysbysiad preifatrwydd
privacy-none = Nid yw’r ymgynghoriad hwn wedi cyhoeddi hysbysiad preifatrwydd eto. I ofyn sut y caiff eich atebion eu defnyddio, cysylltwch â
privacy-questions = Cwestiynau am eich gwybodaeth

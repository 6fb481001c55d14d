# The staff pages, results, in Welsh (decision 0031). Every message here is also in results.en.ftl,
# with the same arguments: a unit test checks.


## Tudalen y canlyniadau

results-loading = Wrthi’n llwytho’r canlyniadau…
results-title = Canlyniadau: {$title}
results-back-all = Pob ymgynghoriad
results-caption = Canlyniadau
results-see-questionnaire = Gweld yr holiadur
results-view-public = Gweld tudalen gyhoeddus yr ymgynghoriad
results-read-every-response = Darllen pob ymateb
results-change-filter = Newid yr hidlydd
results-filter-responses = Hidlo’r ymatebion
results-compare-link = Cymharu’r atebion i ddau gwestiwn

## Tudalen y canlyniadau: y ffigurau byw

results-live = Byw: mae’r ffigurau’n newid wrth i ymatebion gyrraedd.
results-reconnecting = Wrthi’n ailgysylltu â’r ffigurau byw…
results-stopped = Mae’r ffigurau byw wedi stopio.
results-figures-as-at = Ffigurau fel yr oeddent am
results-refresh = Diweddaru’r ffigurau
# Read out by screen readers as responses arrive. $new and $total are written figures ("1,200"); $n is the number of new responses.
results-announce = {$new} {$n ->
    [one] ymateb newydd
   *[other] ymateb newydd
}. {$total} i gyd.

## Tudalen y canlyniadau: y prif ffigurau

results-responses = Ymatebion
results-today = Heddiw
results-last-7-days = Y 7 diwrnod diwethaf
results-none-yet = Dim eto
results-not-published = Heb ei gyhoeddi eto
# $count is a written figure ("1,200"); $n the number.
results-version-responses = Fersiwn {$number}: {$count} {$n ->
    [one] ymateb
   *[other] ymateb
}
results-version-current-responses = Fersiwn {$number} (cyfredol): {$count} {$n ->
    [one] ymateb
   *[other] ymateb
}
results-latest-response = Yr ymateb diweddaraf
results-by-channel = Yn ôl sianel
results-versions = Fersiynau’r holiadur

## Tudalen y canlyniadau: ymatebion dros amser

results-over-time = Ymatebion dros amser
results-not-opened = Nid yw’r ymgynghoriad wedi agor eto.
results-per-day = Ymatebion y dydd
results-per-week = Ymatebion yr wythnos
results-over-days = {$total} ymateb dros {$count} diwrnod, o {$first} i {$last}.
results-over-weeks = {$total} ymateb dros {$count} wythnos, o {$first} i {$last}.
results-busiest = Y nifer fwyaf oedd {$count} ({$when}).
results-weeks-hint = Mae’r wythnosau’n dechrau ar ddydd Llun. Diwrnodau yn amser y DU yw’r diwrnodau.
results-column-day = Diwrnod
results-column-week = Wythnos

## Tudalen y canlyniadau: pob cwestiwn

# $count is a written figure ("1,200"); $n the number.
results-people = {$count} {$n ->
    [one] person
   *[other] person
}
results-hint-answered = {$kind} – atebodd {$people}
results-hint-added = {$kind} – ychwanegwyd yn fersiwn {$version}: atebodd {$answered} o’r {$asked} {$n ->
    [one] ymateb
   *[other] ymateb
} ers hynny
results-removed-tag = Tynnwyd yn fersiwn {$version}
results-no-longer-asked = Nid yw’n cael ei ofyn mwyach: dyma’r atebion a roddwyd cyn hynny.
results-removed-label = {$label} (tynnwyd yn fersiwn {$version})
results-removed-suffix = (tynnwyd yn fersiwn {$version})
results-chart-answers = Atebion i gwestiwn {$number}: {$label}
results-chart-spread = Gwasgariad yr atebion i gwestiwn {$number}: {$label}
results-chart-ranking = Trefn yng nghwestiwn {$number}: {$label}
results-chart-points = Pwyntiau a roddwyd yng nghwestiwn {$number}: {$label}

## Tudalen y canlyniadau: cwestiynau dewis

results-chosen-most = Y dewis mwyaf poblogaidd: {$label}, gan {$count} ({$percent}%).
results-choice-description = Barrau ar gyfer {$count} opsiwn, pob un yn dangos faint a’i dewisodd a chanran y {$people} a atebodd.
results-percent-multiple = Mae’r canrannau’n seiliedig ar y bobl a atebodd y cwestiwn hwn. Gallai pob un ddewis mwy nag un opsiwn, felly maent yn adio i fwy na 100%.
results-percent = Mae’r canrannau’n seiliedig ar y bobl a atebodd y cwestiwn hwn.
results-answers-caption = Atebion i gwestiwn {$number}
results-column-option = Opsiwn
results-column-count = Nifer
results-column-percentage = Canran
results-latest-other = Yr atebion “Arall” diweddaraf

## Tudalen y canlyniadau: cwestiynau rhif

results-histogram-description = Histogram o {$count} ateb: isaf {$lowest}, canolrif {$median}, uchaf {$highest}.
results-lowest = Isaf
results-median = Canolrif (yr ateb canol)
results-highest = Uchaf
results-average-mean = Cyfartaledd (cymedr)
results-by-value-caption = Atebion i gwestiwn {$number}, yn ôl gwerth
results-column-answer = Ateb

## Tudalen y canlyniadau: cwestiynau grid

results-grid-description = Bar ar gyfer pob un o {$count} datganiad, wedi’i rannu yn ôl cyfran y bobl a ddewisodd bob pwynt ar y raddfa, yn eu trefn: {$scale}.
results-column-statement = Datganiad
results-table-of-question = Tabl cwestiwn {$number}
results-grid-caption = Atebion i bob datganiad yng nghwestiwn {$number}, fel niferoedd a chanrannau o’r rhai a’i hatebodd

## Tudalen y canlyniadau: cwestiynau trefnu

results-ranking-description = Barrau ar gyfer {$count} eitem, y safle cyfartalog gorau yn gyntaf, pob un mor hir â nifer y bobl a’i rhoddodd yn gyntaf, gyda’i safle cyfartalog.
results-ranking-value = {$count} yn gyntaf, cyfartaledd {$average}
results-ranking-hint = 1 yw dewis cyntaf ymatebydd: po isaf y cyfartaledd, yr uchaf y cafodd ei osod.
results-ranking-caption = Eitemau cwestiwn {$number}, y safle cyfartalog gorau yn gyntaf
results-column-item = Eitem
results-column-average-rank = Safle cyfartalog
results-column-ranked-first = Wedi’i osod yn gyntaf gan
results-column-ranked-by = Wedi’i osod gan

## Tudalen y canlyniadau: cwestiynau pwyntiau

results-points-description = Barrau ar gyfer {$count} opsiwn, pob un mor hir â’r pwyntiau cyfartalog a roddodd person iddo, gyda’i gyfran o’r holl bwyntiau.
results-points-hint = Cyfartaledd: pwyntiau i bob person a atebodd. Cyfran: o’r holl bwyntiau a roddwyd.
results-points-caption = Pwyntiau a roddwyd yng nghwestiwn {$number}
results-column-points = Pwyntiau
results-column-average = Cyfartaledd
results-column-share = Cyfran

## Tudalen y canlyniadau: cwestiynau testun

results-read-all-answers = Darllen pob un o’r {$count} ateb
results-no-answers-yet = Dim atebion eto.
results-latest-answers = Yr atebion diweddaraf

## Hidlydd y canlyniadau

results-filter-version = Fersiwn {$number}
results-filter-answer = Ateb {$number}
results-filter-any-answer = Unrhyw ateb
results-filter-choose-question = Dewiswch gwestiwn
results-filter-questions-legend = Cwestiynau i’w cymharu
results-filter-rows = Rhesi: atebion i
results-filter-columns = Colofnau: atebion i
results-filter-submitted-legend = Ymatebion a anfonwyd
results-filter-from = O (dyddiad yn y DU)
results-filter-to = I (dyddiad yn y DU)
results-filter-channel = Sianel
results-filter-any-channel = Unrhyw sianel
results-filter-questionnaire-version = Fersiwn yr holiadur
results-filter-any-version = Unrhyw fersiwn
results-filter-answers-legend = Ymatebwyr a roddodd yr atebion hyn
results-filter-compare = Cymharu
results-filter-apply = Defnyddio’r hidlwyr
# $shown and $total are written figures ("1,200"); $n is the total.
results-filter-showing = Yn dangos {$shown} o {$total} {$n ->
    [one] ymateb
   *[other] ymateb
}
results-filter-those = : y rhai {$described}.
results-filter-clear = Clirio’r hidlwyr
results-filter-not-live = Nid yw ffigurau wedi’u hidlo’n diweddaru’n fyw: ail-lwythwch y dudalen i weld ymatebion sy’n cyrraedd.

## Hidlydd y canlyniadau: yr hyn a hidlwyd

results-filter-submitted-on = a anfonwyd ar {$date}
results-filter-submitted-between = a anfonwyd rhwng {$from} a {$to}
results-filter-submitted-after = a anfonwyd ar {$date} neu wedi hynny
results-filter-submitted-before = a anfonwyd ar {$date} neu cyn hynny
# $channel is the channel's English name.
results-filter-through-channel = drwy’r sianel {$channel ->
    [Online] Ar-lein
    [Paper] Papur
    [Phone] Ffôn
    [Email] E-bost
   *[other] {$channel}
}
results-filter-to-version = i fersiwn {$version}
results-filter-answered = a atebodd “{$option}” i “{$question}”

## Hidlydd y canlyniadau: problemau

results-filter-from-not-date = Rhowch y dyddiad ‘o’ fel dyddiad go iawn, er enghraifft {$example}
results-filter-to-not-date = Rhowch y dyddiad ‘i’ fel dyddiad go iawn, er enghraifft {$example}
results-filter-to-before-from = Rhaid i’r dyddiad ‘i’ fod yr un peth â’r dyddiad ‘o’ neu ar ei ôl
results-filter-choose-channel = Dewiswch sianel o’r rhestr
results-filter-choose-version = Dewiswch fersiwn o’r rhestr
results-filter-too-many-answers = Hidlwch yn ôl {$count} ateb ar y mwyaf
results-filter-choose-answer = Dewiswch ateb o’r rhestr (efallai fod y cwestiwn neu’r ateb wedi’i dynnu)
results-filter-choose-rows = Dewiswch y cwestiwn ar gyfer y rhesi
results-filter-choose-columns = Dewiswch y cwestiwn ar gyfer y colofnau
results-filter-different-columns = Dewiswch gwestiwn gwahanol ar gyfer y colofnau

## Sianeli

results-channel-online = Ar-lein
results-channel-paper = Papur
results-channel-phone = Ffôn
results-channel-email = E-bost

## Cymharu dau gwestiwn

results-compare-title = Cymharu dau gwestiwn: {$title}
results-compare-back = Yn ôl i’r canlyniadau
results-compare-heading = Cymharu dau gwestiwn
results-compare-too-few = Mae angen o leiaf dau gwestiwn dewis (un dewis, sawl dewis neu gwymplen) ar yr holiadur hwn i’w cymharu.
results-compare-intro = Gwelwch sut y gwnaeth pobl a roddodd bob ateb i un cwestiwn ateb un arall. Dewiswch y ddau gwestiwn, a hidlwch yr ymatebion os dymunwch.
results-compare-description = Ar gyfer pob ateb i “{$rows}”, bar wedi’i rannu yn ôl cyfran y bobl hynny a roddodd bob ateb i “{$columns}”, yn eu trefn: {$labels}.
results-compare-chart-title = “{$rows}” yn ôl “{$columns}”
results-compare-of-row = {$percent} o’r rhes
results-compare-of-column = {$percent} o’r golofn
results-compare-answered-both = Atebodd {$count} y ddau gwestiwn.
results-compare-multiple = Mae un ohonynt yn gwestiwn sawl dewis, felly gall person gyfrif mewn mwy nag un blwch.
results-compare-hint = Pob blwch: faint o bobl a roddodd y ddau ateb, a pha gyfran yw hynny o’i res (pobl a roddodd ateb y rhes) ac o’i golofn.
results-compare-table-label = Tabl croes
results-compare-caption = Rhesi: atebion i “{$rows}”. Colofnau: atebion i “{$columns}”.
results-compare-column-both = Wedi ateb y ddau

## Tudalennau o ymatebion ac atebion: symud rhwng tudalennau

results-pages-no-responses = Dim ymatebion.
results-pages-one-response = Yn dangos 1 ymateb.
# $first, $last and $total are written figures ("1,200").
results-pages-showing-responses = Yn dangos {$first} i {$last} o {$total} ymateb.
results-pages-no-answers = Dim atebion.
results-pages-one-answer = Yn dangos 1 ateb.
results-pages-showing-answers = Yn dangos {$first} i {$last} o {$total} ateb.
results-pages-of-responses = Tudalennau o ymatebion
results-pages-of-answers = Tudalennau o atebion
results-pages-previous = Tudalen flaenorol
results-pages-next = Tudalen nesaf
results-pages-where = Tudalen {$page} o {$pages}

## Ymatebion

results-responses-loading = Wrthi’n llwytho’r ymatebion…
results-responses-title = Ymatebion: {$title}
results-responses-back = Canlyniadau
results-responses-caption = Ymatebion
results-responses-enter = Rhoi ymateb a gafwyd ar bapur, dros y ffôn neu drwy e-bost
results-responses-table = Ymatebion, y diweddaraf yn gyntaf
results-responses-reference = Cyfeirnod
results-responses-sent = Anfonwyd
results-responses-channel = Sianel
results-responses-version = Fersiwn
results-responses-duplicate = Dyblygiad posibl
results-responses-duplicate-of = o {$reference}

## Ymateb

results-response-loading = Wrthi’n llwytho’r ymateb…
results-response-title = Ymateb {$reference}: {$title}
results-response-back = Pob ymateb
results-response-entered = Mae’r ymateb wedi’i roi a’i gyfrif.
results-response-enter-another = Rhoi ymateb arall
results-response-heading = Ymateb {$reference}
results-response-sent = Anfonwyd
results-response-entered-on = Rhoddwyd
results-response-channel = Sianel
results-response-received = Derbyniwyd
results-response-entered-by = Rhoddwyd gan
results-response-late-reason = Derbyniwyd ar ôl cau oherwydd
results-response-version = Fersiwn yr holiadur
results-response-duplicate = Dyblygiad posibl
results-response-duplicate-before = Yn union yr un atebion ag ymateb
results-response-duplicate-after = , a anfonwyd i’r ymgynghoriad hwn lai na 10 munud ynghynt. Mae’r ddau’n cael eu cadw, a’r ddau’n cael eu cyfrif.
results-response-answers = Atebion
results-response-deleted = Mae ymateb { $reference } wedi’i ddileu. Nid yw’r cyfrifon yn ei gynnwys mwyach.
results-delete-heading = Dileu’r ymateb hwn
results-delete-about = Dilëwch ef dim ond pan na ddylai fod wedi’i gyfrif erioed (prawf, ymateb a anfonwyd trwy gamgymeriad) neu pan fydd y sawl a’i hanfonodd yn gofyn iddo gael ei ddileu. Mae ei atebion yn gadael y canlyniadau, y lawrlwythiadau a’r cyfrifon ar unwaith, ac ni ellir dod â nhw’n ôl. Mae’r log archwilio yn cadw ei gyfeirnod a’ch rheswm, nid ei atebion.
results-delete-reason = Pam rydych chi’n ei ddileu?
results-delete-reason-hint = Er enghraifft, “Gofynnodd yr ymatebydd i ni ei ddileu”. Dim mwy na 500 o nodau.
results-delete-button = Dileu’r ymateb
results-delete-reason-enter = Rhowch pam rydych chi’n dileu’r ymateb
results-delete-reason-too-long = Rhaid i’r rheswm fod yn 500 o nodau neu lai

## Pob ateb i gwestiwn testun

results-answers-loading = Wrthi’n llwytho’r atebion…
results-answers-title = Atebion: {$label}
results-answers-back = Canlyniadau
results-answers-search-label = Chwilio’r atebion
results-answers-search = Chwilio
results-answers-containing = Atebion sy’n cynnwys “{$search}”.
results-answers-show-every = Dangos pob ateb
results-answers-sent = Anfonwyd {$when} ·
results-answers-response = Ymateb {$reference}

## Lawrlwytho ar dudalen y canlyniadau

# $count is a written figure ("1,200"); $n the number.
results-download-responses = {$count} {$n ->
    [one] ymateb
   *[other] ymateb
}
results-download-prepare-all = Lawrlwytho’r {$responses} fel ffeil. Mae’n cymryd amser i gasglu cymaint: caiff y ffeil ei pharatoi tra byddwch yn aros, a’i chadw am {$hours} awr er mwyn i chi allu dod yn ôl ati.
results-download-prepare-these = Lawrlwytho’r {$responses} hyn fel ffeil. Mae’n cymryd amser i gasglu cymaint: caiff y ffeil ei pharatoi tra byddwch yn aros, a’i chadw am {$hours} awr er mwyn i chi allu dod yn ôl ati.
results-download-prepare-csv = Paratoi ffeil CSV
results-download-prepare-xlsx = Paratoi llyfr gwaith Excel
results-download-csv-all = Lawrlwytho’r ymatebion fel CSV
results-download-csv-these = Lawrlwytho’r ymatebion hyn fel CSV
results-download-xlsx = Lawrlwytho fel llyfr gwaith Excel
results-download-yours = Eich lawrlwythiadau
results-download-name = {$format} o {$responses}
results-download-name-filtered = {$format} o {$responses} (wedi’u hidlo)
results-download-asked = , gofynnwyd amdano am {$when}:

## Mathau o ffeil

results-format-csv = Ffeil CSV
results-format-xlsx = Llyfr gwaith Excel
results-format-file = Ffeil

## Ffeil wedi’i pharatoi i’w lawrlwytho

results-prepared-loading = Wrthi’n llwytho’r lawrlwythiad…
results-prepared-title = {$format}: {$title}
results-prepared-back = Canlyniadau
results-prepared-heading = Lawrlwytho: {$format}
results-prepared-every = Pob ymateb
results-prepared-those = Y rhai {$described}
results-prepared-responses = Ymatebion
results-prepared-asked = Gofynnwyd amdano
results-prepared-kept = Yn cael ei gadw tan
results-prepared-bar = Faint o’r lawrlwythiad sydd wedi’i baratoi
results-prepared-file = Lawrlwytho’r {$format} ({$size})
results-prepared-leave = Gallwch adael y dudalen hon: bydd y ffeil yn dal i gael ei pharatoi, a bydd tudalen y canlyniadau yn ei rhestru.
results-prepared-check = Gwirio eto
results-prepared-announce-start = Wrthi’n paratoi’r lawrlwythiad.
results-prepared-announce-part = {$percent}% wedi’i baratoi.

## Ffeil wedi’i pharatoi i’w lawrlwytho: pa mor bell y mae wedi mynd

results-progress-waiting = Yn aros i lawrlwythiad arall orffen. Bydd yn dechrau ar ei ben ei hun.
# $done and $total are written figures ("1,200").
results-progress-preparing = {$done} o {$total} ymateb wedi’u hysgrifennu ({$percent}%).
results-progress-finishing = Mae pob ymateb wedi’i ysgrifennu: wrthi’n rhoi’r ffeil at ei gilydd.
results-progress-ready = Mae eich lawrlwythiad yn barod.
results-progress-failed = Nid oedd modd paratoi’r lawrlwythiad. Rhowch gynnig arall arni; os bydd yn methu eto, rhowch wybod i weinyddwr eich system.
results-progress-stopped = Stopiodd y lawrlwythiad cyn iddo orffen, oherwydd i’r gweinydd a oedd yn ei baratoi ailgychwyn. Paratowch ef eto.
results-progress-expired = Mae’r lawrlwythiad hwn wedi’i dynnu: caiff ffeiliau wedi’u paratoi eu cadw am {$hours} awr. Paratowch ef eto.
results-progress-tag-waiting = Yn aros
results-progress-tag-preparing = Wrthi’n cael ei baratoi
results-progress-tag-ready = Yn barod
results-progress-tag-not-finished = Heb orffen
results-progress-tag-removed = Wedi’i dynnu

## Siartiau

results-chart-show-table = Dangos fel tabl
results-chart-no-answers = Dim atebion

## Tudalen y canlyniadau: diwrnodau ac wythnosau

# A day on a chart's axis: "3 Nov".
results-day-short = {$day} {$month}
results-week-starting = Wythnos yn dechrau {$date}
results-month-short-1 = Ion
results-month-short-2 = Chwef
results-month-short-3 = Maw
results-month-short-4 = Ebr
results-month-short-5 = Mai
results-month-short-6 = Meh
results-month-short-7 = Gorff
results-month-short-8 = Awst
results-month-short-9 = Medi
results-month-short-10 = Hyd
results-month-short-11 = Tach
results-month-short-12 = Rhag

## Tudalen y canlyniadau: atebion na chânt eu rhestru

results-not-listed-email = Mae cyfeiriadau e-bost yn ddata personol, felly nid ydynt yn cael eu rhestru yma.
results-not-listed-role = Dadansoddwyr, golygyddion a gweinyddwyr y gweithle sy’n darllen yr hyn a ysgrifennodd pobl; mae gwylwyr yn gweld y cyfrifon.

## Gwrthod

results-refusal-no-response = Nid oes ymateb gyda’r cyfeirnod hwn yma.
results-refusal-no-text-question = Nid oes gan yr ymgynghoriad hwn gwestiwn testun yma.
results-refusal-not-a-format = Nid yw hwn yn fath o ffeil y mae’r dudalen hon yn ei gynnig: ewch yn ôl i’r canlyniadau a dewiswch CSV neu lyfr gwaith Excel.

## Gwrthodiadau gyda manylion (a geir yn ôl eu siâp ar y dudalen)

results-refusal-download-gone = Nid oes lawrlwythiad yn y cyfeiriad hwn. Cedwir lawrlwythiadau wedi’u paratoi am {$hours} awr: paratowch ef eto o ganlyniadau’r ymgynghoriad.
results-refusal-not-ready = {$progress} Ewch yn ôl i dudalen y lawrlwythiad i weld sut mae’n dod yn ei flaen.

## Enw bar histogram

results-bin-to = {$low} i {$high}
results-bin-to-under = {$low} i lai na {$high}
results-delete-after-erasure = Cafodd ei atebion a oedd yn ddata personol eu dileu ar ddiwedd eu cyfnod cadw, felly ni ellir tynnu’r hyn a ychwanegodd at y cyfrifon yn union mwyach: mae’n aros.

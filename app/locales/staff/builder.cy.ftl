# The staff pages, builder, in Welsh (decision 0031). Every message here is also in builder.en.ftl,
# with the same arguments: a unit test checks.


## Tudalen yr holiadur

builder-loading = Yn llwytho’r holiadur…
builder-page-title = Holiadur: {$title}
builder-back = Pob ymgynghoriad
builder-undo = Dadwneud
builder-undo-what = y dileu
builder-caption = Holiadur
builder-version = Fersiwn
builder-state-published = wedi’i gyhoeddi: mae ymatebwyr yn cael y fersiwn hon
builder-state-changes = newidiadau heb eu cyhoeddi eto: mae ymatebwyr yn cael y fersiwn flaenorol
builder-state-draft = drafft: heb fod yn gyhoeddus eto
builder-questions = Cwestiynau
builder-link-details = Newid y manylion
builder-link-documents = Dogfennau cysylltiedig
builder-link-preview = Rhagweld yr holiadur
builder-link-welsh = Fersiwn Gymraeg
builder-link-results = Gweld y canlyniadau
builder-link-public = Gweld tudalen gyhoeddus yr ymgynghoriad

## Ble mae cwestiwn (“cwestiwn 3, ar dudalen 2”)

builder-position = {$kind ->
    [block] bloc
   *[question] cwestiwn
} {$number}
builder-position-on-page = {$kind ->
    [block] bloc
   *[question] cwestiwn
} {$number}, ar dudalen {$page}

## Y neges ar ôl newid

builder-done-created = Ymgynghoriad drafft wedi’i greu.
builder-done-cloned = Copi wedi’i greu: mae hwn yn ddrafft newydd, gyda’r un manylion a chwestiynau a dim ymatebion. Newidiwch ei deitl a’i ddyddiadau cyn i chi ei gyhoeddi.
builder-done-moved-at = {$kind ->
    [block] Bloc
   *[question] Cwestiwn
} wedi’i symud: ei le nawr yw {$at}.
builder-done-moved = {$kind ->
    [block] Bloc
   *[question] Cwestiwn
} wedi’i symud.
builder-done-duplicated-at = {$kind ->
    [block] Bloc
   *[question] Cwestiwn
} wedi’i ddyblygu: lle’r copi yw {$at}.
builder-done-duplicated = {$kind ->
    [block] Bloc
   *[question] Cwestiwn
} wedi’i ddyblygu.
builder-done-deleted = Cwestiwn wedi’i ddileu.
builder-done-restored-at = {$kind ->
    [block] Bloc
   *[question] Cwestiwn
} wedi’i roi’n ôl: ei le yw {$at}.
builder-done-restored = {$kind ->
    [block] Bloc
   *[question] Cwestiwn
} wedi’i roi’n ôl.
builder-done-added-at = {$kind ->
    [block] Bloc
   *[question] Cwestiwn
} wedi’i ychwanegu: ei le yw {$at}.
builder-done-added = {$kind ->
    [block] Bloc
   *[question] Cwestiwn
} wedi’i ychwanegu.
builder-done-saved = {$kind ->
    [block] Bloc
   *[question] Cwestiwn
} wedi’i gadw.
builder-done-details-saved = Manylion wedi’u cadw.
builder-done-page-added = Tudalen wedi’i hychwanegu.
builder-done-template-on = Mae’r ymgynghoriad hwn bellach yn cael ei gynnig fel templed.
builder-done-template-off = Nid yw’r ymgynghoriad hwn yn cael ei gynnig fel templed mwyach.
builder-done-from-template = Wedi dechrau o’r templed: dyma’ch drafft newydd. Newidiwch unrhyw beth sydd ei angen arnoch.
builder-done-library-added = Cwestiynau safonol wedi’u hychwanegu fel tudalen olaf newydd. Newidiwch nhw fel unrhyw gwestiwn arall.
builder-done-library-saved-at = {$at}: mae copi wedi’i gadw yn y llyfrgell cwestiynau. Gall unrhyw un sy’n creu ymgynghoriad ei ychwanegu.
builder-done-library-saved = Mae copi wedi’i gadw yn y llyfrgell cwestiynau: gall unrhyw un sy’n creu ymgynghoriad ei ychwanegu.
builder-done-page-moved = Tudalen wedi’i symud.
builder-done-page-removed = Tudalen wedi’i thynnu.
builder-done-page-renamed = Teitl y dudalen wedi’i gadw.
builder-done-routes-at = Llwybrau wedi’u cadw ar gyfer {$at}: {$routed ->
    [0] mae pob ateb yn mynd ymlaen i’r dudalen nesaf.
    [one] mae 1 ateb yn anfon pobl ymhellach ymlaen.
   *[other] mae {$routed} ateb yn anfon pobl ymhellach ymlaen.
}
builder-done-routes = Llwybrau wedi’u cadw.

## Llusgo a gollwng: y cymorth, y palet a’r hyn a gyhoeddir

builder-drag-help = I symud cwestiwn gyda’r bysellfwrdd: pwyswch y bylchwr neu enter ar ei fotwm Symud, defnyddiwch y bysellau saeth i fyny ac i lawr, yna’r bylchwr neu enter i’w ollwng, neu escape i ganslo. Mae’r botymau Symud i fyny a Symud i lawr yn gwneud yr un peth un cam ar y tro.
builder-palette-heading = Llusgo cwestiwn newydd i mewn
builder-palette-help = Llusgwch fath o gwestiwn i dudalen, lle dylai fynd. Gyda bysellfwrdd: pwyswch y bylchwr neu enter ar fath, dewiswch ei le gyda’r bysellau saeth i fyny ac i lawr, yna pwyswch y bylchwr neu enter i’w ychwanegu, neu escape i ganslo.
builder-palette-short-text = Testun byr
builder-palette-long-text = Testun hir
builder-palette-single-choice = Un dewis
builder-palette-multiple-choice = Dewis lluosog
builder-palette-dropdown = Rhestr gwympo
builder-palette-grid = Grid (graddfa Likert)
builder-palette-ranking = Rhoi mewn trefn
builder-palette-points = Dyrannu pwyntiau
builder-palette-number = Rhif
builder-palette-date = Dyddiad
builder-palette-email = Cyfeiriad e-bost
builder-palette-uk-postcode = Cod post yn y DU
builder-palette-heading-block = Pennawd (nid cwestiwn)
builder-palette-paragraph = Paragraff o destun (nid cwestiwn)
builder-still-saving = Yn dal i gadw’r newid diwethaf: rhowch gynnig arall arni mewn eiliad.
builder-picked-up = Wedi codi {$at}.
builder-picked-up-keys = Wedi codi {$at}. Defnyddiwch y bysellau saeth i fyny ac i lawr i’w symud, y bylchwr i’w ollwng, ac escape i ganslo.
builder-picked-up-new = Wedi codi “{$name}”: gollyngwch ef ar dudalen.
builder-picked-up-new-keys = Wedi codi “{$name}”. Ei le fyddai {$at}. Defnyddiwch y bysellau saeth i fyny ac i lawr i ddewis ei le, y bylchwr i’w ychwanegu yno, ac escape i ganslo.
builder-not-on-a-page = Nid yw ar dudalen: caiff ei ychwanegu dim ond lle rydych yn ei ollwng ar dudalen.
builder-would-be = Ei le fyddai {$at}.
builder-moved-would-be = Wedi symud: ei le fyddai {$at}.
builder-already-first = Dyma’r cwestiwn cyntaf yn barod.
builder-already-last = Dyma’r cwestiwn olaf yn barod.
builder-cancelled-new = Wedi canslo: ni chafodd cwestiwn ei ychwanegu.
builder-move-cancelled = Symud wedi’i ganslo: mae’r cwestiwn yn ôl lle’r oedd.
builder-saved = Wedi cadw. {$announcement}.
builder-saved-added = Wedi cadw. {$announcement}. Golygwch ef nesaf, i ysgrifennu ei eiriau.
builder-routes-as-they-were = Mae’r llwybrau fel yr oeddent: rhowch gynnig arall arni.
builder-question-back = Mae’r cwestiwn yn ôl lle’r oedd: rhowch gynnig arall arni.
builder-not-added = Ni chafodd y cwestiwn ei ychwanegu.
builder-dropped-unchanged = Wedi’i ollwng lle’r oedd: dim wedi newid.
builder-not-added-drop = Heb ei ychwanegu: gollyngwch ef ar dudalen, lle dylai’r cwestiwn fynd.

## Beth wnaeth newid, a gyhoeddir ar ôl i’r ynys ei gadw

builder-edit-page-added = Tudalen {$number} wedi’i hychwanegu
builder-edit-page-added-questions = Tudalen {$number} wedi’i hychwanegu gyda {$count} cwestiwn
builder-edit-page-renamed = Tudalen {$number} wedi’i hailenwi
builder-edit-page-removed = Tudalen {$number} wedi’i thynnu
builder-edit-page-at-edge = Mae tudalen {$number} eisoes ar y {$edge ->
    [top] brig
   *[bottom] gwaelod
}
builder-edit-page-moved = Tudalen wedi’i symud i safle {$position} o {$count}
builder-edit-added = {$kind ->
    [block] Bloc
   *[question] Cwestiwn
} wedi’i ychwanegu at dudalen {$number}, safle {$position} o {$count}
builder-edit-added-titled = {$kind ->
    [block] Bloc
   *[question] Cwestiwn
} wedi’i ychwanegu at dudalen {$number} ({$title}), safle {$position} o {$count}
builder-edit-saved = Cwestiwn wedi’i gadw
builder-edit-question-at-edge = Mae’r cwestiwn eisoes ar {$edge ->
    [top] frig
   *[bottom] waelod
} yr holiadur
builder-edit-moved = Cwestiwn wedi’i symud i dudalen {$number}, safle {$position} o {$count}
builder-edit-moved-titled = Cwestiwn wedi’i symud i dudalen {$number} ({$title}), safle {$position} o {$count}
builder-edit-duplicated = Cwestiwn wedi’i ddyblygu: mae’r copi o dan y gwreiddiol
builder-edit-deleted = Cwestiwn “{$label}” wedi’i ddileu
builder-edit-put-back = Cwestiwn wedi’i roi’n ôl
builder-edit-routes = Llwybrau wedi’u cadw: {$routed ->
    [0] mae pob ateb yn mynd ymlaen i’r dudalen nesaf
    [one] mae 1 ateb yn anfon pobl i rywle arall
   *[other] mae {$routed} ateb yn anfon pobl i rywle arall
}

## Yr amlinelliad: tudalen

builder-page-name = Tudalen {$number}
builder-page-name-titled = Tudalen {$number}: {$title}
builder-unreachable = Nid oes unrhyw atebion yn arwain at y dudalen hon, felly ni fydd ymatebwyr byth yn ei gweld.
builder-unreachable-check = Gwiriwch lwybrau’r tudalennau cyn hon.
builder-no-questions = Nid oes cwestiynau ar y dudalen hon eto.
builder-add-question = Ychwanegu cwestiwn
builder-to-page = i dudalen {$number}
builder-page-settings = Gosodiadau’r dudalen
builder-for = ar gyfer {$what}
builder-page-title-label = Teitl y dudalen (dewisol)
builder-save-title = Cadw’r teitl
builder-move-page-up = Symud y dudalen i fyny
builder-move-page-down = Symud y dudalen i lawr
builder-add-page = Ychwanegu tudalen ar ôl hon
builder-remove-page = Tynnu tudalen

## Yr amlinelliad: cwestiwn

builder-kind-short-text = Testun byr
builder-kind-long-text = Testun hir
builder-kind-single-choice = Un dewis
builder-kind-multiple-choice = Dewis lluosog
builder-kind-dropdown = Rhestr gwympo
builder-kind-number = Rhif
builder-kind-date = Dyddiad
builder-kind-email = Cyfeiriad e-bost
builder-kind-uk-postcode = Cod post yn y DU
builder-kind-ranking = Rhoi mewn trefn
builder-kind-points = Dyrannu pwyntiau
builder-kind-grid = Grid (graddfa Likert)
builder-kind-heading = Pennawd
builder-kind-paragraph = Paragraff o destun
builder-fact-not-a-question = nid cwestiwn
builder-fact-required = gofynnol
builder-fact-optional = dewisol
builder-fact-with-guidance = gyda chanllawiau
builder-move = Symud
builder-outline-hint = Awgrym: {$hint}
builder-route-then = wedyn {$route}
builder-edit = Golygu
builder-move-up = Symud i fyny
builder-move-down = Symud i lawr
builder-duplicate = Dyblygu
builder-delete = Dileu
builder-add-below = Ychwanegu cwestiwn oddi tano
builder-move-to = Symud i
builder-move-to-page = Symud i’r dudalen

## Yr amlinelliad: panel Llwybrau cwestiwn

builder-routes = Llwybrau
builder-from-question = o gwestiwn {$number}
builder-routes-hint = Ar ôl y dudalen hon, bydd pobl yn mynd ymlaen i’r dudalen nesaf oni bai bod ateb yn eu hanfon ymhellach ymlaen. Dim ond ymlaen y mae llwybrau’n mynd. Pan fydd atebion ar dudalen yn cyfateb i fwy nag un llwybr, y cwestiwn cyntaf â llwybr sy’n penderfynu, yna ei opsiwn cyntaf.
builder-route-if = Os mai “{$option}” yw’r ateb
builder-save-routes = Cadw’r llwybrau
builder-route-go-on = Mynd ymlaen i dudalen {$number}
builder-route-go-on-titled = Mynd ymlaen i dudalen {$number} ({$title})
builder-route-go-on-last = Mynd ymlaen i wirio’r atebion (tudalen olaf)
builder-route-skip-to = Neidio i dudalen {$number}
builder-route-skip-to-titled = Neidio i dudalen {$number} ({$title})
builder-route-skip-end = Neidio i’r diwedd (gwirio’r atebion)
builder-route-skips-rest = yn hepgor gweddill y cwestiynau
builder-route-skips-to = yn neidio i dudalen {$number}
builder-route-skips-to-titled = yn neidio i dudalen {$number} ({$title})
builder-route-gone = yn mynd i dudalen nad yw yno mwyach

## Cwestiynau safonol, cyhoeddi, templedi, copïo

builder-standard-heading = Cwestiynau safonol
builder-standard-about = Cwestiynau o’r llyfrgell, a ofynnir yn yr un geiriau ar draws y cyngor. Cânt eu hychwanegu fel tudalen olaf newydd, fel copi y gallwch ei newid.
builder-standard-add = Ychwanegu’r cwestiynau hyn
builder-publish-heading = Cyhoeddi
builder-template-heading = Templed
builder-template-offered = Mae’r ymgynghoriad hwn yn cael ei gynnig fel templed: gall staff ddechrau ymgynghoriad newydd o gopi ohono.
builder-template-stop = Peidio â’i gynnig fel templed
builder-template-offer-about = Cynigiwch yr ymgynghoriad hwn fel templed: gall staff ym mhob adran ddechrau ymgynghoriad newydd o gopi ohono.
builder-template-offer = Cynnig fel templed
builder-copy-heading = Copïo
builder-copy-about = Dechrau ymgynghoriad drafft newydd gyda’r un manylion a chwestiynau. Nid yw ymatebion yn cael eu copïo.
builder-copy-button = Copïo’r ymgynghoriad hwn

## Cadw wrth i bethau newid (yr adeiladwr a golygydd y cwestiynau)

builder-all-saved = Pob newid wedi’i gadw
builder-saving = Yn cadw…
builder-not-saved = Heb ei gadw: {$why}

## Gwrthodiadau

builder-no-such-kind = Nid yw hwnnw’n fath o gwestiwn y mae’r adeiladwr yn ei gynnig.
builder-routes-unreadable = Nid oedd modd darllen y llwybrau.
builder-fields-unreadable = Nid oedd modd darllen meysydd y cwestiwn.
builder-autosave-new = Dim ond cwestiwn sydd eisoes wedi’i ychwanegu sy’n cael ei gadw wrth iddo gael ei newid.
builder-closing-after-opening = Rhaid i’r dyddiad cau fod ar ôl y dyddiad agor
builder-slug-taken = Mae ymgynghoriad arall eisoes yn defnyddio’r cyfeiriad gwe “{$slug}”: dewiswch un arall
builder-changed-meanwhile = Newidiodd rhywun arall yr holiadur hwn ar ôl i chi ei agor, felly ni newidiwyd dim. Dangosir y fersiwn ddiweddaraf: gwnewch eich newid eto.
builder-nothing-to-put-back = Nid oes cwestiwn wedi’i ddileu i’w roi’n ôl
builder-copied-too-often = Mae’r ymgynghoriad hwn wedi’i gopïo ormod o weithiau: ailenwch rai o’r copïau a rhowch gynnig arall arni
builder-not-a-template = Nid yw’r ymgynghoriad hwnnw’n dempled.
builder-unknown-button = Nid yw’r botwm hwnnw’n gwneud dim: ail-lwythwch y dudalen a rhowch gynnig arall arni
builder-no-option-to-move = Nid oes opsiwn yno i’w symud.
builder-page-gone-stop = Nid yw’r dudalen honno yn yr holiadur hwn mwyach: efallai fod rhywun wedi’i thynnu.
builder-question-gone-stop = Nid yw’r cwestiwn hwnnw yn yr holiadur hwn mwyach: efallai fod rhywun wedi’i ddileu.
builder-page-gone = Nid yw’r dudalen honno yn yr holiadur hwn mwyach: efallai fod rhywun wedi’i thynnu
builder-question-gone = Nid yw’r cwestiwn hwnnw yn yr holiadur hwn mwyach: efallai fod rhywun wedi’i ddileu
builder-page-not-empty = Ni ellir tynnu tudalen sydd â chwestiynau arni: symudwch neu dilëwch ei chwestiynau yn gyntaf
builder-last-page = Mae angen o leiaf un dudalen ar yr holiadur
builder-kind-changed = Ni all cwestiwn newid ei fath: ychwanegwch gwestiwn newydd o’r math rydych ei eisiau a dilëwch yr un hwn (mae ei atebion yn aros yn y canlyniadau)
builder-option-gone = Nid yw’r opsiwn hwnnw yn y cwestiwn mwyach: efallai fod rhywun wedi’i newid
builder-cannot-route = Dim ond cwestiynau un dewis, dewis lluosog a rhestr gwympo all anfon pobl i dudalen arall
builder-page-title-too-long = Rhaid i deitl tudalen fod yn 150 nod neu lai
builder-too-many-items = Gall holiadur gynnwys 500 o gwestiynau a blociau ar y mwyaf: dilëwch rai, neu rhannwch ef yn ddau ymgynghoriad
builder-too-many-pages = Gall holiadur gynnwys 100 tudalen ar y mwyaf: tynnwch un, neu rhowch fwy o gwestiynau ar bob tudalen

## Gwrthodiadau gyda manylion (a geir yn ôl eu siâp ar y dudalen)

builder-slug-not-usable = Ni ellir defnyddio “{$slug}” mewn cyfeiriad gwe: defnyddiwch lythrennau bach, rhifau a chysylltnodau
builder-slug-in-use = Mae ymgynghoriad eisoes yn defnyddio’r cyfeiriad gwe “{$slug}”
builder-route-cannot-keep = Ni ellir cadw’r llwybr ar gyfer “{$option}” yn “{$question}”: dim ond cwestiynau un dewis, dewis lluosog a rhestr gwympo all anfon pobl i dudalen arall
builder-route-page-gone = Mae’r llwybr ar gyfer “{$option}” yn “{$question}” yn mynd i dudalen nad yw yn yr holiadur mwyach: dewiswch dudalen arall
builder-route-backwards = Byddai’r llwybr ar gyfer “{$option}” yn “{$question}” yn mynd yn ôl i dudalen {$to} o dudalen {$from}: dim ond ymlaen y gall llwybrau fynd, i dudalen ddiweddarach neu i’r diwedd, fel nad oes neb yn ateb tudalen ddwywaith
builder-route-choose = Dewiswch o’r rhestr i ble mae “{$option}” yn mynd
builder-already-asked = Mae’r holiadur hwn eisoes yn gofyn “{$question}”: gofynnir cwestiwn safonol unwaith yn unig
builder-publish-no-questions = Ychwanegwch o leiaf un cwestiwn
builder-publish-empty-page = Nid oes cwestiynau ar dudalen {$number}: ychwanegwch un neu tynnwch y dudalen
builder-publish-starter-question = Mae gan gwestiwn {$number} (“{$label}”) y geiriau a gafodd wrth ei ychwanegu o hyd: golygwch ef i ysgrifennu ei eiriau ei hun
builder-publish-starter-block = Mae gan floc {$number} (“{$label}”) y geiriau a gafodd wrth ei ychwanegu o hyd: golygwch ef i ysgrifennu ei eiriau ei hun
builder-publish-few-options = Mae angen o leiaf 2 opsiwn ar gwestiwn {$number} (“{$label}”)

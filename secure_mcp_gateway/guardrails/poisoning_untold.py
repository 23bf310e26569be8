"""Things a definition keeps from the user, in the languages a definition is written in besides English ("no le
digas al usuario", "n'informez pas l'utilisateur", "erwähne dem Nutzer gegenüber niemals", "non dire mai all'utente",
"nunca diga ao usuário", "vertel de gebruiker nooit", "nie mów użytkownikowi", "не сообщай пользователю",
"ユーザーに伝えないで", "사용자에게 알리지 마", "kullanıcıya söyleme"), and English ones said of "them" ("don't let
them know", "keep this from the user")."""

from __future__ import annotations

from .injection import Rule, rule

_SECRET_AFTER = (
    r"(?![^.\n]{0,40}?(?:contraseña|contrasena|mot\s+de\s+passe|passwort|password|senha|wachtwoord|has[łl]o|пароль"
    r"|token|api[\s_-]?key|secret|clave\s+(?:de\s+)?api|chiave|schlüssel|schlussel|sleutel|klucz|ключ))"
)
"""Not a secret of the server's kept back ("no le digas al usuario la contraseña de la API")."""

_KEPT = ("conceal_from_user", 0.8)
_UNASKED = ("conceal_from_user", 0.65)

RULES: tuple[Rule, ...] = (
    # Spanish: "no menciones al usuario", "nunca le digas a la usuaria", "al usuario no le digas", "ocúltale al usuario"
    rule(
        r"(?:\bno|\bnunca|\bjam[áa]s)\s+(?:(?:le|les|se|lo|la|nunca|jam[áa]s)\s+){0,3}(?:digas|diga|digan|menciones|mencione"
        r"|informes|informe|cuentes|cuente|comuniques|comunique|reveles|revele|avises|avise|notifiques|notifique"
        r"|muestres|muestre|expliques|explique)\b"
        + _SECRET_AFTER
        + r"[^.\n]{0,60}?\b(?:al|a\s+la|a\s+los|a\s+las)\s+usuari[oa]s?\b"
        r"|\b(?:al|a\s+la)\s+usuari[oa]\s+(?:no|nunca|jam[áa]s)\s+(?:(?:le|se|lo|la)\s+){0,2}(?:digas|diga|menciones"
        r"|mencione|informes|informe|cuentes|cuente|reveles|revele|avises|avise|expliques|explique)\b"
        r"|\bocult(?:a|e|en|ad)(?:le|les|selo|sela)?\s+(?:[^.\n]{0,40}?\s)?(?:al|a\s+la)\s+usuari[oa]\b"
        r"|\bel\s+usuario\s+no\s+(?:debe|tiene\s+que|necesita)\s+(?:saber|enterarse|notar)\b",
        _KEPT,
    ),
    rule(
        r"\bsin\s+(?:(?:le|les|se|lo)\s+){0,2}(?:decirle|decírselo|decirselo|decir|avisar|avisarle|informar|informarle"
        r"|notificar|notificarle|mencionar|mencionarlo)\s+(?:nada\s+)?"
        r"(?:al|a\s+la)\s+usuari[oa]\b|\bsin\s+que\s+(?:el|la)\s+usuari[oa]\s+(?:lo\s+|se\s+)?(?:sepa|note|entere|vea)",
        _UNASKED,
    ),
    # French: "n'informez pas l'utilisateur", "ne dites jamais à l'utilisateur", "cachez-le à l'utilisateur"
    rule(
        r"\bne\s+(?:(?:le|la|les|lui|leur|en|rien)\s+|l['’]\s*){0,3}(?:dis|dites|mentionne|mentionnez|signale|signalez"
        r"|révèle|révélez|revele|revelez|montre|montrez|explique|expliquez)\s+(?:jamais|pas|rien|surtout\s+pas)\b"
        + _SECRET_AFTER
        + r"[^.\n]{0,60}?\bà\s+l['’]\s*utilisat(?:eur|rice)"
        r"|\bn['’]\s*(?:en\s+)?(?:informez|informe|avertissez|avertis|alertez|alerte)\s+(?:jamais|pas|surtout\s+pas)\s+"
        r"l['’]\s*utilisat(?:eur|rice)"
        r"|\bne\s+(?:pr[ée]venez|pr[ée]viens|notifiez|notifie)\s+(?:jamais|pas)\s+l['’]\s*utilisat(?:eur|rice)"
        r"|\bcach(?:ez|e)(?:-le|-la|-les)?\s+(?:[^.\n]{0,40}?\s)?à\s+l['’]\s*utilisat(?:eur|rice)"
        r"|\bl['’]\s*utilisat(?:eur|rice)\s+ne\s+doit\s+(?:jamais|pas)\s+(?:le\s+|en\s+)?(?:savoir|apprendre|remarquer"
        r"|être\s+(?:informé|prévenu|averti)e?)",
        _KEPT,
    ),
    rule(
        r"\bsans\s+(?:(?:en\s+)?(?:informer|prévenir|prevenir|avertir|notifier|aviser))\s+"
        r"l['’]\s*utilisat(?:eur|rice)|\bsans\s+que\s+l['’]\s*utilisat(?:eur|rice)\s+(?:ne\s+)?(?:le\s+)?"
        r"(?:sache|remarque|s['’]en\s+aperçoive)",
        _UNASKED,
    ),
    # German: "sag dem Nutzer nichts", "erwähne gegenüber dem Nutzer niemals", "verschweige dem Benutzer", "der Nutzer
    # darf davon nichts erfahren" (not "zeige dem Nutzer nicht nur ...")
    rule(
        r"\b(?:sag|sage|sagen\s+sie|erzähl|erzähle|erzählen\s+sie|erwähne|erwähnen\s+sie|teile|teilen\s+sie|verrate"
        r"|verraten\s+sie|informiere|informieren\s+sie|benachrichtige|benachrichtigen\s+sie|zeige|zeigen\s+sie)\s+"
        r"(?:[a-zäöüß]+\s+){0,4}?(?:dem|den|der|die)\s+(?:benutzer|nutzer|anwender|user|kunden)(?:in|innen|n)?\b"
        r"(?:\s+gegenüber)?\s+(?:[a-zäöüß]+\s+){0,3}?(?:nie|niemals|nicht(?!\s+nur)|nichts|keinesfalls|auf\s+keinen\s+fall)\b"
        + _SECRET_AFTER
        + r"|\bverschweig(?:e|en\s+sie)?\s+(?:[a-zäöüß]+\s+){0,3}?(?:dem|den|der)\s+(?:benutzer|nutzer|anwender|kunden)"
        r"|\b(?:benutzer|nutzer|anwender)(?:in)?\s+(?:darf|soll|sollte|muss)\s+(?:[a-zäöüß]+\s+){0,3}?(?:nichts|nicht|nie"
        r"|niemals)\s+(?:[a-zäöüß]+\s+){0,2}?(?:erfahren|wissen|merken|mitbekommen|bemerken|informiert\s+werden)\b",
        _KEPT,
    ),
    rule(
        r"\bohne\s+(?:den|die|dem)\s+(?:benutzer|nutzer|anwender|kunden)(?:in|n)?\s+(?:[a-zäöüß]+\s+){0,2}?zu\s+"
        r"(?:informieren|benachrichtigen|warnen|unterrichten)\b"
        r"|\bohne\s+dass\s+(?:der|die)\s+(?:benutzer|nutzer|anwender)(?:in)?\s+(?:[a-zäöüß]+\s+){0,2}?(?:merkt|weiß"
        r"|erfährt|mitbekommt|bemerkt)",
        _UNASKED,
    ),
    # Italian: "non dire mai all'utente", "non informare l'utente", "nascondi all'utente"
    rule(
        r"\bnon\s+(?:(?:lo|glielo|gli|le|ne|mai)\s+){0,2}(?:dire|dirlo|dirglielo|menzionare|informare|avvisare|comunicare"
        r"|rivelare|segnalare|mostrare|spiegare|far\s+sapere)\b"
        + _SECRET_AFTER
        + r"(?:\s+mai)?[^.\n]{0,60}?(?:\ball['’]\s*|\bl['’]\s*|\bagli\s+)utent[ei]\b"
        r"|\bnascond(?:i|ere|ete)(?:gli|lo)?\s+(?:[^.\n]{0,40}?\s)?(?:all['’]\s*|agli\s+)utent[ei]\b"
        r"|\bl['’]\s*utente\s+non\s+deve\s+(?:mai\s+)?(?:saper(?:lo|e)|accorgersene|venirne\s+a\s+conoscenza)",
        _KEPT,
    ),
    rule(
        r"\bsenza\s+(?:avvisare|informare|avvertire|dirlo\s+a)\s+(?:l['’]\s*|all['’]\s*)utente"
        r"|\bsenza\s+che\s+l['’]\s*utente\s+(?:lo\s+)?(?:sappia|noti|se\s+ne\s+accorga)",
        _UNASKED,
    ),
    # Portuguese: "nunca diga ao usuário", "não informe o usuário", "não conte ao utilizador", "esconda do usuário"
    rule(
        r"\b(?:n[ãa]o|nunca|jamais)\s+(?:(?:lhe|o|a|se|nunca|jamais)\s+){0,2}(?:diga|digas|conte|contes|mencione|menciones"
        r"|informe|informes|avise|avises|revele|reveles|comunique|fale|mostre|notifique|explique)\b"
        + _SECRET_AFTER
        + r"[^.\n]{0,60}?\b(?:ao|à|a|o|os|aos|as)\s+(?:usu[áa]ri[oa]s?|utilizador(?:es|a)?)\b"
        r"|\b(?:esconda|oculte|esconde|oculta)\s+(?:[^.\n]{0,40}?\s)?(?:do|da|dos)\s+(?:usu[áa]ri[oa]|utilizador)"
        r"|\bo\s+(?:usu[áa]rio|utilizador)\s+n[ãa]o\s+(?:deve|precisa|pode)\s+(?:saber|perceber|ficar\s+sabendo)",
        _KEPT,
    ),
    rule(
        r"\bsem\s+(?:avisar|informar|contar|dizer|notificar|mencionar)\s+(?:nada\s+)?(?:a|ao|o|à)\s+"
        r"(?:usu[áa]ri[oa]|utilizador)|\bsem\s+que\s+o\s+(?:usu[áa]rio|utilizador)\s+(?:o\s+)?(?:saiba|perceba|note)",
        _UNASKED,
    ),
    # Dutch: "vertel de gebruiker nooit", "zeg niets tegen de gebruiker", "de gebruiker mag dit niet weten"
    rule(
        r"\b(?:vertel|zeg|meld|informeer|laat|toon|waarschuw)\s+(?:(?:het|dit|dat)\s+)?(?:(?:aan|tegen)\s+)?de\s+gebruiker\s+"
        r"(?:nooit|niet(?!\s+alleen)|niets|niks)\b"
        + _SECRET_AFTER
        + r"|\b(?:vertel|zeg|meld)\s+(?:nooit|niet|niets|niks)\s+(?:[a-z]+\s+){0,3}?(?:aan|tegen)\s+de\s+gebruiker\b"
        r"|\bde\s+gebruiker\s+mag\s+(?:dit\s+|het\s+|er\s+)?(?:niet|nooit|niets)\s+(?:[a-z]+\s+){0,2}?(?:weten|merken"
        r"|horen|zien)\b|\bzonder\s+de\s+gebruiker\s+(?:te\s+)?(?:informeren|waarschuwen|in\s+te\s+lichten)\b",
        _KEPT,
    ),
    # Polish, Czech: "nigdy nie mów użytkownikowi", "ukryj przed użytkownikiem", "neříkej uživateli"
    rule(
        r"\bnie\s+(?:mów|mow|informuj|wspominaj|powiadamiaj|zdradzaj|ujawniaj|pokazuj|mówcie)\w*\s+(?:[^.\n]{0,30}?)"
        r"u[żz]ytkownik(?:owi|a|om|ów)\b|\bukryj\s+[^.\n]{0,40}?przed\s+u[żz]ytkownik"
        r"|\bne(?:říkej|rikej|informuj|zmiňuj|sděluj|prozrazuj|ukazuj)\w*\s+(?:[^.\n]{0,30}?)u[žz]ivatel",
        _KEPT,
    ),
    # Russian, Ukrainian: "не сообщай пользователю", "скрой от пользователя", "не кажи користувачеві"
    rule(
        r"\bне\s+(?:сообща|сообщи|говори|скажи|рассказыва|расскажи|упомина|упомяни|информируй|уведомля|уведоми|показыва"
        r"|раскрыва|кажи|кажіть|повідомля|повідом|розповіда|розкажи|згаду)\w*\s+(?:[^.\n]{0,30}?)"
        r"(?:пользовател|користувач)\w*|\bскр(?:ой|ойте|ывай|ывайте)\s+[^.\n]{0,40}?от\s+пользовател"
        r"|\bприхова\w*\s+[^.\n]{0,40}?від\s+користувач"
        r"|\bпользовател\w*\s+не\s+(?:должен|должна|нужно|надо|следует)\s+(?:\w+\s+){0,2}?(?:знать|узнать|видеть)",
        _KEPT,
        wide=True,
    ),
    # Japanese, Chinese, Korean: "ユーザーには伝えないで", "不要让用户知道", "사용자에게 알리지 마세요"
    rule(
        r"(?:ユーザー|ユーザ|利用者|使用者)(?:に|には|へ|へは)[^。\n]{0,40}?(?:伝え|言わ|知らせ|教え|通知し|報告し|話さ|明かさ"
        r"|見せ)(?:ないで|ないよう|てはいけ|てはなら|るな)|(?:ユーザー|ユーザ|利用者)(?:に|には|から)[^。\n]{0,20}?(?:隠し|隠す"
        r"|秘密に)"
        r"|(?:不要|别|勿|不得|不可|切勿|不能|请勿|請勿|绝不|絕不)[^。\n]{0,6}?(?:告诉|告訴|告知|通知|提及|透露|提醒)[^。\n]{0,4}?"
        r"(?:用户|用戶|使用者)|(?:向|对|對)(?:用户|用戶|使用者)(?:隐瞒|隱瞞|保密)|(?:不要|别|勿|不得)(?:让|讓)(?:用户|用戶|使用者)"
        r"(?:知道|发现|發現|察觉|察覺)"
        r"|(?:사용자|유저|이용자)(?:에게|한테|께)[^.\n]{0,30}?(?:알리지|말하지|언급하지|보여주지|전하지|공개하지)\s*(?:마|말)"
        r"|(?:사용자|유저|이용자)(?:에게|한테)[^.\n]{0,20}?숨기",
        _KEPT,
        wide=True,
    ),
    # Turkish, Swedish/Danish/Norwegian, Indonesian, Vietnamese, Arabic, Hindi
    rule(
        r"\bkullan[ıi]c[ıi]ya\s+(?:[^.\n]{0,40}?)(?:söyleme|bildirme|bahsetme|anlatma|gösterme|haber\s+verme)"
        r"(?:yin|yiniz|in)?\b|\bkullan[ıi]c[ıi]dan\s+(?:[^.\n]{0,30}?)gizle"
        r"|\b(?:berätta|säg|nämn|informera|meddela)\s+(?:aldrig|inte|inget|ingenting)\s+(?:[^.\n]{0,30}?)användaren\b"
        r"|\b(?:fortæl|nævn|informer|fortell|nevn)\s+(?:aldrig|ikke|aldri|intet|ingenting)\s+(?:[^.\n]{0,30}?)"
        r"(?:brugeren|brukeren)\b|\b(?:ikke|aldri|aldrig)\s+(?:fortell|fortæl|nevn|nævn|informer)\s+(?:[^.\n]{0,20}?)"
        r"(?:brugeren|brukeren)\b",
        _KEPT,
    ),
    rule(
        r"\bjangan\s+(?:pernah\s+)?(?:beri\s*tahu|memberi\s*tahu|memberitahukan|katakan|bilang|sebutkan|menyebutkan"
        r"|informasikan|kasih\s+tahu|tunjukkan)\s+(?:[^.\n]{0,30}?)pengguna\b"
        r"|\b(?:đừng|không\s+được)\s+(?:bao\s+giờ\s+)?(?:nói|báo|thông\s+báo|tiết\s+lộ|kể)\s+(?:với|cho)\s+người\s+dùng"
        r"|\b(?:đừng|không\s+được)\s+(?:để|cho)\s+người\s+dùng\s+biết",
        _KEPT,
    ),
    rule(
        r"لا\s+(?:تخبر|تخبري|تخبروا|تُخبر|تعلم|تُعلم|تبلغ|تُبلغ|تذكر|تقل|تفصح)\s+(?:[^.\n]{0,20}?)(?:المستخدم|للمستخدم)"
        r"|(?:उपयोगकर्ता|यूज़र|यूजर)\s+को\s+[^।\n]{0,40}?(?:मत|न|नहीं)\s+(?:बता|दिखा)",
        _KEPT,
        wide=True,
    ),
    # English said of "them": "and don't let them know", "keep this from the user"
    rule(
        r"\b(?:do\s+not|don'?t|never)\s+let\s+(?:them|the\s+user|the\s+users|him|her|the\s+customer)\s+(?:know|find\s+out"
        r"|see|notice)\b|\bkeep\s+(?:this|it|that|these|them)\s+(?:hidden\s+)?from\s+the\s+(?:user|customer)s?\b",
        _KEPT,
    ),
)

"""The word "password" in other languages, lower-cased, as the secrets and the field-pair readers look for it."""

from __future__ import annotations

import re

ASCII_WORDS = (
    *("passwort", "kennwort", "contrasena", "wachtwoord", "wagwoord", "senha", "mot de passe", "mot_de_passe"),
    *("mot-de-passe", "motdepasse", "palavra-passe", "palavra passe", "haslo", "heslo", "losenord", "adgangskode"),
    *("passord", "salasana", "jelszo", "lozinka", "geslo", "parool", "parola", "sifre", "kata sandi", "katasandi"),
    *("kata laluan", "katalaluan", "mat khau", "clave"),
    *("kata_sandi", "kata_laluan", "mat_khau", "palavra_passe"),
)
"""Spellings in ASCII (also as typed without accents: `contrasena`, `haslo`, `losenord`; words joined by `_` as a
name writes them: `kata_sandi`)."""
OTHER_WORDS = (
    *("contraseña", "hasło", "lösenord", "jelszó", "şifre", "parolă", "mật khẩu", "slaptažodis", "salasõna"),
    *("пароль", "парола", "лозинка", "κωδικός", "συνθηματικό", "סיסמה", "סיסמא", "كلمة المرور", "كلمة السر"),
    *("رمز عبور", "گذرواژه", "पासवर्ड", "รหัสผ่าน", "パスワード", "暗証番号", "密码", "密碼", "口令", "비밀번호", "암호"),
    *("mật_khẩu", "كلمة_المرور", "كلمة_السر", "رمز_عبور"),
)
"""Spellings with letters outside ASCII."""
WORDS = (*ASCII_WORDS, *OTHER_WORDS)

VERBS = "ist|lautet|es|est|é|è|jest|to|är|er|on|je|—|–"
"""What joins the word to the value in a sentence (German, Spanish, French, Portuguese, Italian, Polish, Swedish,
Danish and Norwegian, Finnish, Czech; a dash in Russian and others), as an expression."""
PARTICLES = "は|是|为|為|는|은"
"""The same in Japanese, Chinese and Korean, written right after the word (`パスワードは`, `密码是`, `비밀번호는`)."""

PATTERN = "|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True))
"""An expression for any of the words (the longest first), lower-cased."""

SPACELESS = 0x2E80
"""Scripts from here on (Chinese, Japanese, Korean) write words without spaces between: a word there starts a name
wherever it stands (`管理者パスワード`)."""

"""A note addressed to the AI in languages the English, German and Romance rules do not read, and the words that
make what follows it an order against the user (ignore them, ask for a secret, keep it from them, run a command)."""

from __future__ import annotations

NAMED = (
    # Hungarian (the dative names the addressee)
    "mesterséges intelligenciának",
    "ai-asszisztensnek",
    "mi-asszisztensnek",
    "asszisztensnek",
    "nyelvi modellnek",
    # Greek
    "για το μοντέλο",
    "προς το μοντέλο",
    "για τον βοηθό",
    "προς τον βοηθό",
    "για την τν",
    "για την τεχνητή νοημοσύνη",
    # Indonesian, Malay
    "untuk asisten ai",
    "kepada asisten ai",
    "untuk model ai",
    "untuk ai",
    "kepada ai",
    "untuk pembantu ai",
    # Swedish, Norwegian, Danish
    "till ai-assistenten",
    "till ai:n",
    "till språkmodellen",
    "til ai-assistenten",
    "til sprogmodellen",
    "til språkmodellen",
    "til ai'en",
    # Korean
    "어시스턴트에게",
    "ai에게",
    "인공지능에게",
    "모델에게",
    "챗봇에게",
    # Russian, Ukrainian
    "для ии-ассистента",
    "для ии",
    "для ассистента",
    "для нейросети",
    "для языковой модели",
    "для модели",
    "ии-ассистенту",
    "ассистенту ии",
    "для ші-асистента",
    "для асистента",
    # Arabic
    "للمساعد الذكي",
    "للذكاء الاصطناعي",
    "إلى المساعد",
    "للنموذج",
    "للمساعد",
    # Swahili
    "kwa msaidizi wa ai",
    "kwa ai",
    "kwa modeli",
    # French
    "pour l'ia",
    "à l'ia",
    "pour l'assistant ia",
    "pour l'assistant",
    "à l'assistant",
    "pour l'agent ia",
    "au modèle",
    # Turkish, Polish, Czech, Vietnamese, Hindi, Hebrew, Thai
    "yapay zekaya",
    "yapay zeka asistanına",
    "ai asistanına",
    "dla asystenta ai",
    "dla ai",
    "do asystenta ai",
    "dla modelu",
    "pro ai asistenta",
    "pro ai",
    "pro jazykový model",
    "gửi trợ lý ai",
    "cho trợ lý ai",
    "gửi ai",
    "एआई सहायक के लिए",
    "एआई के लिए",
    "לעוזר ה-ai",
    "למודל",
    "ถึงผู้ช่วย ai",
    "ถึง ai",
    # Spanish, Italian, Portuguese, German, Dutch: "if you are an AI ..."
    "si eres un asistente",
    "si eres una ia",
    "si eres un modelo",
    "si eres un agente",
    "se sei un assistente",
    "se sei un'ia",
    "se sei un modello",
    "se você é um assistente",
    "se você é uma ia",
    "si tu es un assistant",
    "si tu es une ia",
    "si vous êtes un assistant",
    "wenn du ein ki",
    "wenn du ein sprachmodell",
    "wenn du eine ki",
    "als je een ai",
    "als je een taalmodel",
)
"""How a note names the model it is for: a preposition or a case ending with the model's name."""

SIGNAL = (
    r"(?:figyelmen\s+kívül|αγνόησε|αγνοήστε|αγνόησέ|abaikan|hiraukan|ignorera|strunta\s+i|ignorer|ignorér|ignorere"
    r"|무시|игнорируй|проигнорируй|не\s+отвечай|не\s+обращай\s+внимания|ігноруй|не\s+відповідай|تجاهل|puuza|usijibu"
    r"|ne\s+réponds\s+pas|ne\s+renvoie\s+pas|görmezden\s+gel|yok\s+say|zignoruj|ignoruj|bỏ\s+qua|अनदेखा"
    r"|התעלם|เพิกเฉย|no\s+resuelvas|no\s+respondas|non\s+rispondere|não\s+responda|ignoriere|antworte\s+nicht|negeer"
    r"|(?:kérd|ζήτα|ζητήστε|minta|mintalah|be\s+om|spør\s+om|bed\s+om|요청|입력하라고|попроси|запроси|спроси|попросіть"
    r"|اطلب|umwombe|muombe|demande|demandez|iste|poproś|zapytaj|požádej|yêu\s+cầu|माँगो|בקש|ขอ|ask|pide|pídele|chiedi"
    r"|peça|frag|vraag)[^\n]{0,60}?(?:jelszó|jelszav|κωδικ|kata\s+sandi|\bsandi\b|\botp\b|lösenord|passord|adgangskode|비밀번호|카드\s*번호|пароль"
    r"|код\s+из\s+sms|sms-код|كلمة\s+المرور|رمز\s+التحقق|nambari\s+ya\s+siri|nenosiri|mot\s+de\s+passe|numéro\s+fiscal"
    r"|code\s+de\s+vérification|şifre|hasło|kod\s+sms|heslo|mật\s+khẩu|पासवर्ड|סיסמה|รหัสผ่าน|kártyaszám"
    r"|αριθμό\s+κάρτας|nomor\s+kartu|kortnummer|номер\s+карты|رقم\s+البطاقة|contraseña|password|passwort|senha)"
    r"|säg\s+inget|ne\s+mondd\s+el|μην\s+(?:πεις|το\s+πεις|αναφέρεις)|jangan\s+(?:beri\s+tahu|bilang|sebut)"
    r"|не\s+говори|не\s+сообщай|لا\s+تخبر|usimwambie|ne\s+(?:le\s+)?dis\s+rien|ne\s+dis\s+pas|söyleme|nie\s+mów"
    r"|không\s+nói|sig\s+intet|ikke\s+si|rm\s+-rf)"
)
"""What makes the note an order against the user: ignore them or their question ("abaikan", "αγνόησε", "تجاهل",
"puuza", "не отвечай"), ask them for a secret or a card ("попроси ... код из SMS"), keep it from them ("säg inget",
"не говори"), a deletion (a link alone is no sign: notes to a model often point to the docs)."""

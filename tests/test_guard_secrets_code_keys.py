"""Keys that code hands to a cipher, a signer or a token library as a literal (`createCipheriv(alg, "...", iv)`,
`new SecretKeySpec("...".getBytes(), alg)`, `Fernet(b"...")`, `token.SignedString([]byte("..."))`), and secrets
declared as the bytes of a literal under a key's name; variables, environment reads and documented stand-ins pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import secrets


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in secrets.find(text)]


@every(
    ("text", "value"),
    [
        ("const c = crypto.createCipheriv('aes-256-cbc', '{}', iv);", "Kq8Zr3Lm7Wp2Xt9Vn4Bc6Hd1Jf5Gs0Ay"),
        ("$enc = openssl_encrypt($plain, 'aes-256-gcm', '{}', 0, $iv, $tag);", "Vw4Lq9Zp2Mk7Xr3Tn8Bc5Hd1Jf6Gs0Ea"),
        ("var ct = CryptoJS.AES.encrypt(payload, '{}').toString();", "Pz7Wq2Lm9Kr4Xt8Vn3Bc6Hd1Jf5Gs0Au"),
        ('cipher = AES.new(b"{}", AES.MODE_GCM)', "Rm3Xq8Zw2Lp7Kt5V"),
        ("cipher = AES.new(key=b'{}', mode=AES.MODE_CBC, iv=iv)", "Lt6Wq1Zp8Mk3Xr9Vn4Bc7Hd2Jf5Gs0Ei"),
        ('f = Fernet(b"{}")', "Xq1p3Lm9Zk7Wc2Rt5Vb8Nh4Jd6Fg0Sa2Ek8Ru4Io7P="),
        ('mac.init(new SecretKeySpec("{}".getBytes(UTF_8), "HmacSHA256"));', "Hw5Zq9Lm2Kt7Xp3Vn8Bc4Rd1Jf6Gs0Ao"),
        ('Key key = Keys.hmacShaKeyFor("{}".getBytes(StandardCharsets.UTF_8));', "Nz2Wq7Lm4Kt9Xp1Vn6Bc3Rd8Jf5Gs0Ae4Tq"),
        ('let key = EncodingKey::from_secret(b"{}");', "Qp8Wz3Lm6Kt1Xr9Vn2Bc7Hd4Jf5Gs0Ay"),
        ('let mac = HmacSha256::new_from_slice(b"{}").unwrap();', "Jm4Zq8Lw2Kt6Xp9Vn3Bc7Rd1Hf5Gs0Eu"),
        ('using var h = new HMACSHA256(Encoding.UTF8.GetBytes("{}"));', "Tk9Wq3Zm7Lp2Xr6Vn1Bc8Hd4Jf5Gs0Ai"),
        ('s, err := token.SignedString([]byte("{}"))', "Wz6Kq1Lm8Pt3Xr9Vn4Bc2Hd7Jf5Gs0Ao"),
        ('var jwtKey = []byte("{}")', "Lq3Zw9Km2Pt7Xr4Vn8Bc1Hd6Jf5Gs0Ea"),
        ("const secret = new TextEncoder().encode('{}');", "Mp7Xq2Zw9Lk4Tr8Vn3Bc6Hd1Jf5Gs0Au"),
        ("$jwt = JWT::encode($claims, '{}', 'HS256');", "Zr5Wq8Lm3Kt1Xp7Vn2Bc9Hd4Jf6Gs0Ey"),
        ('s = URLSafeTimedSerializer("{}", salt="reset")', "Kv2Zq7Lm9Wt4Xp1Rn6Bc3Hd8Jf5Gs0Ao"),
        ("verifier = ActiveSupport::MessageVerifier.new('{}')", "Pq9Wz4Lm1Kt6Xr3Vn8Bc2Hd7Jf5Gs0Ei"),
        ('var h = CryptoJS.HmacSHA256(body, "{}");', "Rw1Zq6Lm3Kt8Xp4Vn9Bc2Hd7Jf5Gs0Ea"),
    ],
)
def test_a_literal_key_handed_to_a_cipher_or_signer_is_found(text: str, value: str) -> None:
    assert value in _values(text.replace("{}", value))


@every(
    "text",
    [
        "const c = crypto.createCipheriv('aes-256-cbc', key, iv);",
        "$enc = openssl_encrypt($plain, 'aes-256-gcm', $key, 0, $iv, $tag);",
        "cipher = AES.new(key, AES.MODE_GCM)",
        "f = Fernet(Fernet.generate_key())",
        'f = Fernet(os.environ["FERNET_KEY"].encode())',
        'mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));',
        'new SecretKeySpec("your-256-bit-secret".getBytes(), "HmacSHA256")',
        "Key key = Keys.hmacShaKeyFor(Decoders.BASE64.decode(secretKey));",
        'let key = EncodingKey::from_secret("secret".as_ref());',
        "using var h = new HMACSHA256(Encoding.UTF8.GetBytes(secret));",
        "s, err := token.SignedString(mySigningKey)",
        'var jwtKey = []byte(os.Getenv("JWT_KEY"))',
        "const secret = new TextEncoder().encode(process.env.JWT_SECRET);",
        "const bytes = new TextEncoder().encode('hello world');",
        'AES.new(b"0123456789abcdef", AES.MODE_ECB)',
        "var ct = CryptoJS.AES.encrypt(JSON.stringify(data), 'secret key 123').toString();",
        'Fernet(b"your-fernet-key-here")',
        's = URLSafeTimedSerializer(app.config["SECRET_KEY"])',
    ],
)
def test_variables_reads_and_stand_ins_handed_to_them_pass(text: str) -> None:
    assert secrets.find(text) == []

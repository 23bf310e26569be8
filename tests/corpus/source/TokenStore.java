package com.example.auth;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class TokenStore {
    public static final String PASSWORD_FIELD = "password";
    public static final String TOKEN_HEADER = "X-Auth-Token";
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final TokenService tokenService;

    public TokenStore(TokenService tokenService) {
        this.tokenService = tokenService;
        System.setProperty("javax.net.ssl.trustStorePassword", System.getenv("TRUST_STORE_PASSWORD"));
    }

    public String issue(String userId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, Instant.now().plusSeconds(900));
        tokenService.audit(userId, "issued");
        return token;
    }

    public boolean valid(String token) {
        Instant expiry = tokens.get(token);
        return expiry != null && expiry.isAfter(Instant.now());
    }
}

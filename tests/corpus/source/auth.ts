import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Request, Response, NextFunction } from "express";

export interface Session {
  userId: string;
  accessToken: string;
  refreshToken?: string;
  expiresAt: number;
}

export type TokenPair = { accessToken: string; refreshToken: string };

const TOKEN_BYTES = 32;
const SESSION_TTL_MS = 15 * 60 * 1000;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashPassword(password: string, salt: string): string {
  return createHash("sha256").update(`${salt}:${password}`).digest("hex");
}

export function checkPassword(password: string, salt: string, expected: string): boolean {
  const actual = Buffer.from(hashPassword(password, salt), "hex");
  return actual.length === expected.length / 2 && timingSafeEqual(actual, Buffer.from(expected, "hex"));
}

export function requireAuth(req: Request, res: Response, next: NextFunction): void {
  const header = req.headers.authorization ?? "";
  const [scheme, token] = header.split(" ");
  if (scheme !== "Bearer" || !token) {
    res.status(401).json({ error: "missing bearer token" });
    return;
  }
  const session = sessions.get(token);
  if (!session || session.expiresAt < Date.now()) {
    res.status(401).json({ error: "expired token" });
    return;
  }
  next();
}

const sessions = new Map<string, Session>();

export function login(userId: string): TokenPair {
  const accessToken = newToken();
  const refreshToken = newToken();
  sessions.set(accessToken, { userId, accessToken, refreshToken, expiresAt: Date.now() + SESSION_TTL_MS });
  return { accessToken, refreshToken };
}

// minified helper from the vendor bundle
!function(e){var t=e.user,n=e.password;e.validate=function(s){return s.password===n&&s.user===t}}(window.auth||{});

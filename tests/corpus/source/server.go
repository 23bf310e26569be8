package main

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"time"
)

type Config struct {
	Addr        string        `json:"addr"`
	APIToken    string        `json:"api_token"`
	DatabaseURL string        `json:"database_url"`
	Timeout     time.Duration `json:"timeout"`
}

func loadConfig() Config {
	return Config{
		Addr:        getenv("ADDR", ":8080"),
		APIToken:    os.Getenv("API_TOKEN"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
		Timeout:     10 * time.Second,
	}
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func (c Config) authorized(r *http.Request) bool {
	token := r.Header.Get("X-API-Token")
	return subtle.ConstantTimeCompare([]byte(token), []byte(c.APIToken)) == 1
}

func main() {
	cfg := loadConfig()
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]string{"status": "ok", "version": "1.4.2"})
	})
	mux.HandleFunc("/v1/items", func(w http.ResponseWriter, r *http.Request) {
		if !cfg.authorized(r) {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), cfg.Timeout)
		defer cancel()
		_ = ctx
		w.WriteHeader(http.StatusNoContent)
	})
	log.Printf("listening on %s", cfg.Addr)
	log.Fatal(http.ListenAndServe(cfg.Addr, mux))
}

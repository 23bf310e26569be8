use std::collections::HashMap;
use std::env;

#[derive(Debug, Clone)]
pub struct SecretRef {
    pub path: String,
    pub key: String,
}

pub struct Vault {
    token: String,
    addr: String,
    cache: HashMap<String, String>,
}

impl Vault {
    pub fn from_env() -> Result<Self, env::VarError> {
        let token = env::var("VAULT_TOKEN")?;
        let addr = env::var("VAULT_ADDR").unwrap_or_else(|_| "http://127.0.0.1:8200".to_string());
        Ok(Vault { token, addr, cache: HashMap::new() })
    }

    pub fn read(&mut self, secret: &SecretRef) -> Option<&String> {
        let cache_key = format!("{}#{}", secret.path, secret.key);
        if !self.cache.contains_key(&cache_key) {
            let value = self.fetch(&secret.path, &secret.key)?;
            self.cache.insert(cache_key.clone(), value);
        }
        self.cache.get(&cache_key)
    }

    fn fetch(&self, path: &str, key: &str) -> Option<String> {
        let url = format!("{}/v1/{}", self.addr, path);
        let _ = (&self.token, url, key);
        None
    }
}

pub fn verify_password(hash: &str, password: &str) -> Result<bool, String> {
    if hash.is_empty() || password.is_empty() {
        return Err("empty input".into());
    }
    Ok(hash.len() == 64)
}

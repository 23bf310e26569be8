"""Secrets their own record marks as secret whatever their name: a variable's value beside `secret: true`,
`isSecret`, `sensitive`, `masked: true`, Postman's `"type": "secret"`, Octopus' `"Type": "Sensitive"`, an ARM
`securestring` parameter's default, Terraform's `sensitive = true`; a Bicep `@secure()` parameter's value; a
TeamCity Kotlin DSL `password(...)` parameter. References, stand-ins, empty values and unmarked values pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import secrets

_KEY = "".join(("Qm7vR2x", "Lk9TzW4", "pN8sYd3", "HcF6jB1"))
_PW = "".join(("Vq7#", "pLm2", "Rx9t"))


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in secrets.find(text)]


@every(
    "text",
    [
        f"variables:\n  - name: SERVICE_LOGIN\n    value: {_KEY}\n    secret: true\n",
        f'env:\n  - key: ADMIN_LOGIN\n    secret: true\n    value: "{_KEY}"\n',
        f"variables:\n  deploy:\n    value: {_KEY}\n    isSecret: true\n",
        f'- name: SIGNING_MATERIAL\n  value: "{_KEY}"\n  sensitive: true\n',
        f'{{"key": "shopify_admin", "value": "{_KEY}", "type": "secret", "enabled": true}}',
        '[{"variable_type": "env_var", "key": "HETZNER_CLOUD", "value": "' + _KEY + '", "protected": false,'
        ' "masked": true, "environment_scope": "production"}]',
        f'{{"Id": "Variables-1", "Name": "Stripe.Live", "Value": "{_PW}", "Type": "Sensitive", "IsSensitive": true}}',
        '{\n  "parameters": {\n    "sqlCredential": {\n      "type": "securestring",\n'
        f'      "defaultValue": "{_KEY}"\n    }}\n  }}\n}}',
        f'"connection": {{ "type": "secureString", "value": "{_PW}" }}',
        f'variable "upstream" {{\n  type      = string\n  default   = "{_KEY}"\n  sensitive = true\n}}\n',
        f"@secure()\n@description('The VM admin secret')\nparam vmAdminSecret string = '{_PW}'\n",
        f'params {{\n    password(\n        "env.DEPLOY_LOGIN",\n        "{_PW}",\n'
        "        display = ParameterDisplay.HIDDEN\n    )\n}}",
        f'object Build : BuildType({{\n  params {{\n    password("env.DB", "{_PW}", label = "Database")\n  }}\n}})',
    ],
)
def test_a_marked_value_is_found(text: str) -> None:
    assert any(_KEY in v or _PW in v for v in _values(text))


@every(
    "text",
    [
        "variables:\n  - name: SERVICE_LOGIN\n    value: $(ServiceLogin)\n    secret: true\n",
        "variables:\n  - name: BUILD_CONFIGURATION\n    value: Release-x64-Build7\n    secret: false\n",
        f"variables:\n  - name: BUILD_ID\n    value: {_KEY}\n  - name: ADMIN\n    secret: true\n",
        '{"key": "access_token", "value": "{{access_token}}", "type": "secret", "enabled": true}',
        '{"key": "apiKey", "value": "", "type": "secret", "enabled": true}',
        f'{{"key": "region", "value": "{_KEY}", "type": "default", "enabled": true}}',
        f'{{"masked": false, "key": "BUILD_REF", "value": "{_KEY}"}}',
        '{"sqlCredential": {"type": "securestring", "defaultValue": "[parameters(\'fallback\')]"}}',
        "@secure()\nparam adminPassword string\nparam location string = resourceGroup().location\n",
        'params {\n    password("env.DEPLOY", "credentialsJSON:3f2a9c1e-5b7d-4e8a-9c0f-1a2b3c4d5e6f")\n}',
        'params {\n    password("env.DEPLOY", "%vault:secret/ci!/deploy%")\n}',
        f'builder.password("env.DEPLOY", "{_PW}")',  # no TeamCity file
        'log.info("value masked: true", masked=True)',
        f"- name: items\n  sensitive: true\n  children:\n    - value: {_PW}\n",  # a nested mapping's value
    ],
)
def test_references_stand_ins_and_unmarked_values_pass(text: str) -> None:
    assert not any(_KEY in v or _PW in v for v in _values(text))

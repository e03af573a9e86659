package config

// Starter is the file `policylint init` writes: every key, commented, with
// the defaults active, so that the file is valid as written and each line
// says what changing it does.
const Starter = `# policylint configuration. policylint uses the .policylint.yaml it finds
# in a policy's directory or the nearest one above it (or --config FILE).
# Relative paths are relative to this file. Run "policylint rules" to list
# every rule, and "policylint explain RULE" for what one requires. An empty
# key keeps the default; uncomment an example to use it.

# Directories of custom Rego rules (and the JSON/YAML data files they read).
# "policylint new rule --id acme/dpo-named" scaffolds one; see the README's
# "Writing your own rules".
rules:
#  - policy-rules

# Rules or packs to turn off or on: a rule ID (gdpr/eu-representative), a
# pack (gdpr, policy, or a custom pack's name) or "all". A rule ID wins over
# its pack, a pack over "all"; --enable and --disable win over this file.
disable:
#  - gdpr/eu-representative   # we are established in the EU
enable:

# A rule's severity: error, warning or note. check --fail-level decides
# which severities make the exit status 1 (default: error).
severity:
#  policy/last-updated: warning

# Files not to check (globs, ** matches any number of directories).
ignore:
#  - archive/**
#  - "**/*.draft.md"

# Rule parameters (policylint explain RULE lists a rule's parameters).
settings:
#  gdpr/children:
#    minimum_age: 16                # the policy must state an age limit of at least 16
#  gdpr/recipients:
#    must_name: [Stripe, Mailchimp] # processors the policy must name
`

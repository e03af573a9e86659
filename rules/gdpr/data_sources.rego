# METADATA
# title: Sources of personal data
# description: |
#   The policy must name a source of personal data other than the reader
#   (third parties, partners, affiliates, other users, public sources,
#   sign-in or social providers, payment providers, data brokers) or say
#   explicitly that personal data come only from the reader. A list of the
#   ways the reader gives data that does not say it is the only source does
#   not count.
# related_resources:
#   - ref: https://gdpr-info.eu/art-14-gdpr/
#     description: GDPR Art. 14
# custom:
#   id: gdpr/data-sources
#   severity: note
#   article: Art. 14(2)(f)
#   message: The policy does not say where personal data come from when they are not collected from the reader.
#   fix: Say which personal data you obtain from other sources (partners, social networks, public sources...) and name them, or state that you collect personal data only from the reader.
#   example: We receive your name and profile picture from Google when you sign in with your Google account.
package policylint.rules.gdpr.data_sources

import data.policylint.lib

evidence contains id if {
	some c in ["data_source_other", "data_source_only_reader"]
	some id in lib.tagged(c)
}

report := lib.pass_or_fail(sort(evidence), lib.first_heading(["data_collected_heading"]))

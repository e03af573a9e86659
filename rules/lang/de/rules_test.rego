package policylint.lang.de_test

# German phrasings for every rule of the gdpr and policy packs: each rule
# passes on the way German privacy policies state the item and fails (or is
# not applicable) where they do not. parse_as forces German, since one
# sentence is too short to detect.

import data.policylint.rules.gdpr.automated_decisions
import data.policylint.rules.gdpr.children
import data.policylint.rules.gdpr.controller_contact
import data.policylint.rules.gdpr.controller_identity
import data.policylint.rules.gdpr.data_categories
import data.policylint.rules.gdpr.data_sources
import data.policylint.rules.gdpr.dpo_contact
import data.policylint.rules.gdpr.eu_representative
import data.policylint.rules.gdpr.international_transfers
import data.policylint.rules.gdpr.legal_basis
import data.policylint.rules.gdpr.legitimate_interests
import data.policylint.rules.gdpr.purposes
import data.policylint.rules.gdpr.recipients
import data.policylint.rules.gdpr.retention
import data.policylint.rules.gdpr.retention_specific
import data.policylint.rules.gdpr.right_access
import data.policylint.rules.gdpr.right_complaint
import data.policylint.rules.gdpr.right_erasure
import data.policylint.rules.gdpr.right_object
import data.policylint.rules.gdpr.right_portability
import data.policylint.rules.gdpr.right_rectification
import data.policylint.rules.gdpr.right_restriction
import data.policylint.rules.gdpr.right_withdraw_consent
import data.policylint.rules.gdpr.statutory_contractual
import data.policylint.rules.gdpr.transfer_safeguards
import data.policylint.rules.policy.changes
import data.policylint.rules.policy.last_updated

de(text) := policylint.parse_as(text, "text", "de")

md(text) := policylint.parse_as(text, "markdown", "de")

# --- gdpr/controller-identity --------------------------------------------

test_identity_pass_declared if {
	doc := de("Verantwortlicher im Sinne der Datenschutz-Grundverordnung ist die Muster GmbH, Hauptstraße 1, 10115 Berlin.")
	controller_identity.report.status == "pass" with input as doc
}

test_identity_pass_intro_line if {
	doc := md("Verantwortlich für die Datenverarbeitung auf dieser Website ist:\n\nTuS Beispiel e.V.\n\nPostfach 1771, 58791 Werdohl")
	controller_identity.report.status == "pass" with input as doc
}

test_identity_pass_under_heading if {
	doc := md("## Verantwortliche Stelle\n\nBeispiel Software UG (haftungsbeschränkt)\n\nMusterweg 3, 80331 München")
	controller_identity.report.status == "pass" with input as doc
}

test_identity_pass_we_defined if {
	doc := de("Die Beispiel AG (nachfolgend „wir“ oder „uns“) nimmt den Schutz Ihrer Daten ernst.")
	controller_identity.report.status == "pass" with input as doc
}

test_identity_pass_operated_by if {
	doc := de("Diese Webseite wird von der Katholischen Öffentlichen Bücherei Bilfingen betrieben.")
	controller_identity.report.status == "pass" with input as doc
}

test_identity_pass_also_wir if {
	doc := de("Wenn Mozilla (also wir) Informationen über Sie erfasst, gilt unsere Datenschutzerklärung.")
	controller_identity.report.status == "pass" with input as doc
}

test_identity_fail_only_wir if {
	doc := de("Wir nehmen den Schutz Ihrer persönlichen Daten sehr ernst.")
	controller_identity.report.status == "fail" with input as doc
}

test_identity_fail_reader_responsible if {
	doc := de("Sie sind selbst verantwortlich für die Inhalte, die Sie hochladen.")
	controller_identity.report.status == "fail" with input as doc
}

# --- gdpr/controller-contact ---------------------------------------------

test_contact_pass_email if {
	doc := de("Bei Fragen zum Datenschutz schreiben Sie uns an datenschutz@beispiel.de.")
	controller_contact.report.status == "pass" with input as doc
}

test_contact_pass_address if {
	doc := md("## Kontakt\n\nMusterstraße 12\n\n12345 Musterstadt")
	controller_contact.report.status == "pass" with input as doc
}

test_contact_pass_phone if {
	doc := de("Telefon: +49 (0) 30 1234567")
	controller_contact.report.status == "pass" with input as doc
}

test_contact_pass_form if {
	doc := de("Sie können uns jederzeit über unser Kontaktformular erreichen.")
	controller_contact.report.status == "pass" with input as doc
}

test_contact_fail_no_details if {
	doc := de("Bei Fragen können Sie sich jederzeit an uns wenden.")
	controller_contact.report.status == "fail" with input as doc
}

test_contact_fail_period_not_street if {
	doc := de("Wir löschen die Daten nach 30 Tagen.")
	controller_contact.report.status == "fail" with input as doc
}

# --- gdpr/dpo-contact ------------------------------------------------------

test_dpo_pass_email if {
	doc := de("Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@beispiel.de.")
	dpo_contact.report.status == "pass" with input as doc
}

test_dpo_pass_heading if {
	doc := md("## Datenschutzbeauftragter\n\nMax Mustermann, Hauptstr. 16, 75236 Kämpfelbach")
	dpo_contact.report.status == "pass" with input as doc
}

test_dpo_fail_not_appointed if {
	doc := de("Wir sind nicht verpflichtet, einen Datenschutzbeauftragten zu benennen; Fragen richten Sie an info@beispiel.de.")
	dpo_contact.report.status == "fail" with input as doc
}

test_dpo_fail_vendor_dpo if {
	doc := de("Den Datenschutzbeauftragten von Google erreichen Sie über das Kontaktformular von Google.")
	dpo_contact.report.status == "fail" with input as doc
}

test_dpo_pass_dsb_mailbox if {
	doc := de("Fragen zum Datenschutz beantwortet dir unser Team unter dsb@beispiel.de.")
	dpo_contact.report.status == "pass" with input as doc
}

# A generic privacy mailbox under the controller's details is not said to
# be the DPO's.
test_dpo_fail_generic_privacy_mailbox if {
	doc := md("## Verantwortlicher\n\nBeispiel GmbH, Hauptstraße 1, 50667 Köln\n\nE-Mail-Adresse: datenschutz@beispiel.de")
	dpo_contact.report.status == "fail" with input as doc
}

# --- gdpr/eu-representative ------------------------------------------------

test_eu_rep_pass if {
	doc := de("Unser Vertreter in der Union gemäß Art. 27 DSGVO ist die Beispiel Rep GmbH, Berlin.")
	eu_representative.report.status == "pass" with input as doc
}

test_eu_rep_fail_seat_usa if {
	doc := de("Wir sind ein Unternehmen mit Sitz in den USA.")
	eu_representative.report.status == "fail" with input as doc
}

test_eu_rep_na_germany if {
	doc := md("## Verantwortlicher\n\nBeispiel GmbH, Hauptstraße 1, 10115 Berlin")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_eu_rep_na_parents_as_representatives if {
	doc := de("Gesetzliche Vertreter von Kindern in der EU können die Einwilligung erteilen.")
	eu_representative.report.status == "not_applicable" with input as doc
}

# The vendor list of the common generator template ("Eingesetzte Dienste und
# Diensteanbieter:") is not the controller's section: a US vendor address
# there does not place the controller outside the EU.
test_eu_rep_na_vendor_list_heading if {
	doc := md("## Verantwortlicher\n\nBeispiel GmbH, Hauptstraße 1, 50667 Köln\n\n## Präsenzen in sozialen Netzwerken\n\n#### Eingesetzte Dienste und Diensteanbieter:\n\n- **Instagram:** Soziales Netzwerk; Dienstanbieter: Instagram Inc., 1601 Willow Road, Menlo Park, CA, 94025, USA")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_eu_rep_fail_us_address_under_provider_heading if {
	doc := md("## Anbieter\n\nBeispiel Inc., 100 Main Street, Springfield, IL 62701, USA")
	eu_representative.report.status == "fail" with input as doc
}

# --- gdpr/purposes -----------------------------------------------------------

test_purposes_pass_um_zu if {
	doc := de("Wir verwenden Ihre E-Mail-Adresse, um Ihre Anfrage zu beantworten.")
	purposes.report.status == "pass" with input as doc
}

test_purposes_pass_zur if {
	doc := de("Die IP-Adresse wird zum Schutz vor Missbrauch gespeichert.")
	purposes.report.status == "pass" with input as doc
}

test_purposes_pass_erfolgt_um if {
	doc := de("Die Speicherung in Logfiles erfolgt, um die Funktionsfähigkeit der Website sicherzustellen.")
	purposes.report.status == "pass" with input as doc
}

test_purposes_pass_following_purposes if {
	doc := md("Wir verarbeiten Ihre Daten zu folgenden Zwecken:\n\n- Bereitstellung der App\n- Beantwortung von Anfragen")
	purposes.report.status == "pass" with input as doc
}

test_purposes_fail if {
	doc := de("Diese Datenschutzerklärung gilt für unsere Website.")
	purposes.report.status == "fail" with input as doc
}

test_purposes_fail_negated if {
	doc := de("Wir nutzen keine Daten zu anderen Zwecken.")
	purposes.report.status == "fail" with input as doc
}

# --- gdpr/legal-basis ------------------------------------------------------

test_legal_basis_pass_article if {
	doc := de("Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO.")
	legal_basis.report.status == "pass" with input as doc
}

test_legal_basis_pass_consent if {
	doc := de("Die Verarbeitung erfolgt auf Grundlage Ihrer Einwilligung.")
	legal_basis.report.status == "pass" with input as doc
}

test_legal_basis_pass_contract if {
	doc := de("Die Daten verarbeiten wir zur Erfüllung eines Vertrags mit Ihnen.")
	legal_basis.report.status == "pass" with input as doc
}

test_legal_basis_pass_list_under_heading if {
	doc := md("## Rechtsgrundlagen\n\n- Vertragserfüllung für alle Kernfunktionen\n- Einwilligung für Push-Mitteilungen")
	legal_basis.report.status == "pass" with input as doc
}

test_legal_basis_fail_generic if {
	doc := de("Wir halten uns an die Vorgaben der DSGVO und des BDSG.")
	legal_basis.report.status == "fail" with input as doc
}

test_legal_basis_fail_consent_condition_only if {
	doc := de("Durch die Nutzung der Website stimmen Sie der Datenverarbeitung zu.")
	legal_basis.report.status == "fail" with input as doc
}

# --- gdpr/legitimate-interests ---------------------------------------------

test_li_pass_interest_named if {
	doc := de("Der Websitebetreiber hat ein berechtigtes Interesse an der technisch fehlerfreien Darstellung und der Optimierung seiner Website.")
	legitimate_interests.report.status == "pass" with input as doc
}

test_li_pass_liegt_in if {
	doc := de("Unser berechtigtes Interesse liegt in der Sicherheit unserer Systeme (Art. 6 Abs. 1 lit. f DSGVO).")
	legitimate_interests.report.status == "pass" with input as doc
}

test_li_pass_purpose_with_article if {
	doc := de("Die Daten werden gespeichert, um Angriffe abzuwehren (Art. 6 Abs. 1 lit. f DSGVO).")
	legitimate_interests.report.status == "pass" with input as doc
}

test_li_fail_unnamed if {
	doc := de("Die Verarbeitung erfolgt auf Grundlage unseres berechtigten Interesses an der Datenverarbeitung gemäß Art. 6 Abs. 1 lit. f DSGVO.")
	legitimate_interests.report.status == "fail" with input as doc
}

test_li_na if {
	doc := de("Die Verarbeitung erfolgt auf Grundlage Ihrer Einwilligung.")
	legitimate_interests.report.status == "not_applicable" with input as doc
}

# --- gdpr/data-categories --------------------------------------------------

test_categories_pass_list if {
	doc := de("Wir erheben Ihren Namen, Ihre E-Mail-Adresse und Ihre Telefonnummer.")
	data_categories.report.status == "pass" with input as doc
}

test_categories_pass_colon_list if {
	doc := md("Folgende Daten werden dabei erfasst:\n\n- IP-Adresse\n- Browsertyp")
	data_categories.report.status == "pass" with input as doc
}

test_categories_fail if {
	doc := de("Wir erheben personenbezogene Daten nur im notwendigen Umfang.")
	data_categories.report.status == "fail" with input as doc
}

test_categories_fail_negated if {
	doc := de("Wir speichern keine IP-Adressen und keine Namen.")
	data_categories.report.status == "fail" with input as doc
}

# --- gdpr/data-sources -----------------------------------------------------

test_sources_pass_third_parties if {
	doc := de("Einige Daten erhalten wir von unseren Partnern und aus öffentlich zugänglichen Quellen.")
	data_sources.report.status == "pass" with input as doc
}

test_sources_pass_stammen if {
	doc := de("Diese Daten stammen aus interessenbezogener Werbung von Google sowie aus Besucherdaten von Drittanbietern.")
	data_sources.report.status == "pass" with input as doc
}

test_sources_pass_only_reader if {
	doc := de("Wir verarbeiten ausschließlich Daten, die Sie uns selbst mitteilen.")
	data_sources.report.status == "pass" with input as doc
}

test_sources_fail if {
	doc := de("Wenn Sie unser Kontaktformular nutzen, speichern wir Ihre Angaben.")
	data_sources.report.status == "fail" with input as doc
}

test_sources_fail_access_right_text if {
	doc := de("Sie haben ein Recht auf alle verfügbaren Informationen über die Herkunft der Daten, wenn die personenbezogenen Daten nicht bei der betroffenen Person erhoben werden.")
	data_sources.report.status == "fail" with input as doc
}

# --- gdpr/recipients ---------------------------------------------------------

test_recipients_pass_processor if {
	doc := de("Wir setzen externe Dienstleister als Auftragsverarbeiter ein.")
	recipients.report.status == "pass" with input as doc
}

test_recipients_pass_vendor if {
	doc := de("Diese Website nutzt Google Analytics.")
	recipients.report.status == "pass" with input as doc
}

test_recipients_pass_exception if {
	doc := de("Eine Weitergabe erfolgt nicht, außer an unseren Zahlungsdienstleister.")
	recipients.report.status == "pass" with input as doc
}

test_recipients_fail_denial if {
	doc := de("Eine Übermittlung Ihrer persönlichen Daten an Dritte findet nicht statt.")
	recipients.report.status == "fail" with input as doc
}

test_recipients_fail_not_passed if {
	doc := de("Ihre Daten werden von uns nicht an Dritte weitergegeben.")
	recipients.report.status == "fail" with input as doc
}

# --- gdpr/international-transfers and gdpr/transfer-safeguards -------------

test_transfers_pass_usa if {
	doc := de("Die Daten werden auf Servern von Google in den USA übertragen und dort gespeichert.")
	international_transfers.report.status == "pass" with input as doc
}

test_transfers_pass_third_country if {
	doc := de("Eine Übermittlung in Drittländer erfolgt nur auf Grundlage von Standardvertragsklauseln.")
	international_transfers.report.status == "pass" with input as doc
}

test_transfers_pass_stays_in_eu if {
	doc := de("Unsere Server befinden sich ausschließlich in Deutschland.")
	international_transfers.report.status == "pass" with input as doc
}

test_transfers_fail if {
	doc := de("Wir speichern Ihre Daten auf unseren Servern.")
	international_transfers.report.status == "fail" with input as doc
}

test_transfers_fail_access_right_only if {
	doc := de("Sie haben ein Recht auf Auskunft darüber, ob die Daten in ein Drittland übermittelt werden.")
	international_transfers.report.status == "fail" with input as doc
}

test_transfers_pass_raum_der_eu if {
	doc := de("Bitte beachte, dass deine Daten dabei außerhalb des Raumes der Europäischen Union verarbeitet werden können.")
	international_transfers.report.status == "pass" with input as doc
	transfer_safeguards.report.status == "fail" with input as doc
}

test_transfers_pass_outside_europe if {
	doc := de("Einige Dienstleister verarbeiten Daten auch außerhalb Europas.")
	international_transfers.report.status == "pass" with input as doc
}

# Saying data are not processed outside the EU states that they stay there:
# no transfer, so no safeguard is needed.
test_transfers_pass_not_outside_gebiet_der_eu if {
	doc := de("Deine Daten werden nicht außerhalb des Gebietes der Europäischen Union verarbeitet.")
	international_transfers.report.status == "pass" with input as doc
	transfer_safeguards.report.status == "not_applicable" with input as doc
}

test_transfers_fail_raum_without_outside if {
	doc := de("Unser Verein ist im Raum Köln tätig und verarbeitet Daten seiner Mitglieder.")
	international_transfers.report.status == "fail" with input as doc
}

test_safeguards_pass_scc if {
	doc := de("Die Übermittlung in die USA erfolgt auf Grundlage der EU-Standardvertragsklauseln.")
	transfer_safeguards.report.status == "pass" with input as doc
}

test_safeguards_pass_adequacy if {
	doc := de("Daten werden in die USA übertragen; Grundlage ist der Angemessenheitsbeschluss der EU-Kommission zum EU-US Data Privacy Framework.")
	transfer_safeguards.report.status == "pass" with input as doc
}

test_safeguards_fail if {
	doc := de("Ihre Daten werden in die USA übermittelt.")
	transfer_safeguards.report.status == "fail" with input as doc
}

test_safeguards_na_no_transfer if {
	doc := de("Eine Übermittlung in Drittländer findet nicht statt.")
	transfer_safeguards.report.status == "not_applicable" with input as doc
}

# --- gdpr/retention and gdpr/retention-specific ------------------------------

test_retention_pass_criterion if {
	doc := de("Die Daten werden gelöscht, sobald der Zweck der Speicherung entfällt.")
	retention.report.status == "pass" with input as doc
}

test_retention_pass_solange if {
	doc := de("Wir speichern Ihre Daten, solange Sie Mitglied sind.")
	retention.report.status == "pass" with input as doc
}

test_retention_fail if {
	doc := de("Sie können Ihr Konto jederzeit in den Einstellungen löschen.")
	retention.report.status == "fail" with input as doc
}

test_retention_specific_pass_days if {
	doc := de("Die Logfiles werden nach spätestens sieben Tagen gelöscht.")
	retention_specific.report.status == "pass" with input as doc
}

test_retention_specific_pass_years if {
	doc := de("Rechnungen bewahren wir aufgrund gesetzlicher Pflichten zehn Jahre auf.")
	retention_specific.report.status == "pass" with input as doc
}

test_retention_specific_fail_criterion_only if {
	doc := de("Die Daten werden gelöscht, sobald sie für den Zweck nicht mehr erforderlich sind.")
	retention_specific.report.status == "fail" with input as doc
}

test_retention_specific_fail_age if {
	doc := de("Personen unter 16 Jahren dürfen ohne Zustimmung der Eltern keine Daten übermitteln.")
	retention_specific.report.status == "fail" with input as doc
}

# --- the rights --------------------------------------------------------------

test_access_pass if {
	doc := de("Sie haben jederzeit das Recht auf unentgeltliche Auskunft über Ihre gespeicherten personenbezogenen Daten.")
	right_access.report.status == "pass" with input as doc
}

test_access_pass_confirmation if {
	doc := de("Sie können von dem Verantwortlichen eine Bestätigung darüber verlangen, ob personenbezogene Daten verarbeitet werden.")
	right_access.report.status == "pass" with input as doc
}

test_access_pass_listed if {
	doc := md("Du hast das Recht:\n\n- Auskunft über gespeicherte Daten zu erhalten (Art. 15 DSGVO)\n- Löschung von Daten zu verlangen")
	right_access.report.status == "pass" with input as doc
}

test_access_fail if {
	doc := de("Wir geben Auskunft an Behörden, wenn wir dazu verpflichtet sind.")
	right_access.report.status == "fail" with input as doc
}

test_rectification_pass if {
	doc := de("Sie haben ein Recht auf Berichtigung unrichtiger Daten.")
	right_rectification.report.status == "pass" with input as doc
}

test_rectification_pass_profile if {
	doc := de("Sie können Ihre Profildaten jederzeit in Ihrem Konto bearbeiten.")
	right_rectification.report.status == "pass" with input as doc
}

test_rectification_fail_settings if {
	doc := de("Sie können Ihre Cookie-Einstellungen jederzeit ändern.")
	right_rectification.report.status == "fail" with input as doc
}

test_erasure_pass if {
	doc := de("Sie können von dem Verantwortlichen verlangen, dass die Sie betreffenden Daten unverzüglich gelöscht werden.")
	right_erasure.report.status == "pass" with input as doc
}

test_erasure_pass_list if {
	doc := de("Sie haben ggf. ein Recht auf Berichtigung, Sperrung oder Löschung dieser Daten.")
	right_erasure.report.status == "pass" with input as doc
}

test_erasure_fail_retention if {
	doc := de("Die Daten werden nach Ablauf der gesetzlichen Fristen gelöscht.")
	right_erasure.report.status == "fail" with input as doc
}

test_erasure_fail_cookies if {
	doc := de("Sie können Cookies jederzeit in Ihrem Browser löschen.")
	right_erasure.report.status == "fail" with input as doc
}

test_restriction_pass if {
	doc := de("Unter den folgenden Voraussetzungen können Sie die Einschränkung der Verarbeitung der Sie betreffenden Daten verlangen.")
	right_restriction.report.status == "pass" with input as doc
}

test_restriction_pass_sperrung if {
	doc := de("Sie haben ggf. ein Recht auf Berichtigung, Sperrung oder Löschung dieser Daten.")
	right_restriction.report.status == "pass" with input as doc
}

test_restriction_fail_retention if {
	doc := de("Nach Ende der Mitgliedschaft erfolgt die Löschung oder Einschränkung, soweit keine Aufbewahrungspflichten bestehen.")
	right_restriction.report.status == "fail" with input as doc
}

test_restriction_fail_cookies if {
	doc := de("Bei der Deaktivierung von Cookies kann die Funktionalität dieser Website eingeschränkt sein.")
	right_restriction.report.status == "fail" with input as doc
}

test_object_pass if {
	doc := de("Sie haben das Recht, jederzeit Widerspruch gegen die Verarbeitung der Sie betreffenden personenbezogenen Daten einzulegen.")
	right_object.report.status == "pass" with input as doc
}

test_object_pass_direct_marketing if {
	doc := de("Sie können der Verwendung Ihrer Daten für Direktwerbung jederzeit widersprechen.")
	right_object.report.status == "pass" with input as doc
}

test_object_pass_listed if {
	doc := md("## Ihre Rechte\n\n- der Verarbeitung zu widersprechen (Art. 21 DSGVO)")
	right_object.report.status == "pass" with input as doc
}

test_object_fail_opt_out_tool if {
	doc := de("Sie können der Erfassung durch Google Analytics widersprechen, indem Sie auf folgenden Link klicken und ein Opt-Out-Cookie setzen.")
	right_object.report.status == "fail" with input as doc
}

test_object_fail_unsubscribe if {
	doc := de("Unsere Marketingmitteilungen können Sie über die Fußzeile der E-Mail abbestellen.")
	right_object.report.status == "fail" with input as doc
}

test_portability_pass if {
	doc := de("Sie haben das Recht, die Daten in einem strukturierten, gängigen und maschinenlesbaren Format zu erhalten.")
	right_portability.report.status == "pass" with input as doc
}

test_portability_pass_named if {
	doc := de("Ihnen steht ein Recht auf Datenübertragbarkeit zu.")
	right_portability.report.status == "pass" with input as doc
}

test_portability_fail if {
	doc := de("Wir übertragen die Daten verschlüsselt an unseren Server.")
	right_portability.report.status == "fail" with input as doc
}

test_withdraw_pass if {
	doc := de("Sie können eine bereits erteilte Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.")
	right_withdraw_consent.report.status == "pass" with input as doc
}

test_withdraw_pass_widerruf_first if {
	doc := de("Ein Widerruf Ihrer Einwilligung ist jederzeit per E-Mail an uns möglich.")
	right_withdraw_consent.report.status == "pass" with input as doc
}

test_withdraw_fail if {
	doc := de("Die Verarbeitung erfolgt auf Grundlage Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).")
	right_withdraw_consent.report.status == "fail" with input as doc
}

test_withdraw_fail_by_using if {
	doc := de("Mit der Nutzung unserer Website erklären Sie sich mit der Datenverarbeitung einverstanden.")
	right_withdraw_consent.report.status == "fail" with input as doc
}

test_withdraw_na if {
	doc := de("Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO.")
	right_withdraw_consent.report.status == "not_applicable" with input as doc
}

test_withdraw_na_consent_not_needed if {
	doc := de("Für diese Verarbeitung ist keine Einwilligung erforderlich.")
	right_withdraw_consent.report.status == "not_applicable" with input as doc
}

test_complaint_pass if {
	doc := de("Ihnen steht das Recht auf Beschwerde bei einer Aufsichtsbehörde zu.")
	right_complaint.report.status == "pass" with input as doc
}

test_complaint_pass_beschwerderecht if {
	doc := de("Außerdem haben Sie ein Beschwerderecht bei der zuständigen Aufsichtsbehörde.")
	right_complaint.report.status == "pass" with input as doc
}

test_complaint_fail_company_only if {
	doc := de("Beschwerden richten Sie bitte an unseren Kundenservice.")
	right_complaint.report.status == "fail" with input as doc
}

test_complaint_fail_cooperation if {
	doc := de("Wir arbeiten bei Bedarf mit der Aufsichtsbehörde zusammen.")
	right_complaint.report.status == "fail" with input as doc
}

# --- gdpr/statutory-contractual ----------------------------------------------

test_statutory_pass_required if {
	doc := de("Die Angabe Ihrer E-Mail-Adresse ist für die Registrierung erforderlich.")
	statutory_contractual.report.status == "pass" with input as doc
}

test_statutory_pass_voluntary if {
	doc := de("Die Bereitstellung der Daten erfolgt auf freiwilliger Basis.")
	statutory_contractual.report.status == "pass" with input as doc
}

test_statutory_pass_not_obliged if {
	doc := de("Sie sind nicht verpflichtet, uns Ihre personenbezogenen Daten bereitzustellen.")
	statutory_contractual.report.status == "pass" with input as doc
}

test_statutory_fail if {
	doc := de("Wir speichern Ihre Daten auf Servern in Deutschland.")
	statutory_contractual.report.status == "fail" with input as doc
}

test_statutory_fail_controller_obliged if {
	doc := de("Wir sind gesetzlich verpflichtet, Rechnungen zehn Jahre aufzubewahren.")
	statutory_contractual.report.status == "fail" with input as doc
}

test_statutory_pass_setzt_angabe_voraus if {
	doc := de("Die Nutzung des Newsletters setzt die Angabe deiner E-Mail-Adresse voraus.")
	statutory_contractual.report.status == "pass" with input as doc
}

test_statutory_pass_setzt_voraus_dass_sie if {
	doc := de("Die Teilnahme setzt voraus, dass Sie Ihren Namen und Ihre Anschrift angeben.")
	statutory_contractual.report.status == "pass" with input as doc
}

# A technical need of a third party is not an obligation on the reader.
test_statutory_fail_technical_prerequisite if {
	doc := de("Die Einbindung setzt voraus, dass die Drittanbieter die IP-Adresse der Nutzer verarbeiten, da sie ohne die IP-Adresse die Inhalte nicht senden könnten.")
	statutory_contractual.report.status == "fail" with input as doc
}

test_statutory_fail_erfordert_ip_address if {
	doc := de("Die Darstellung der Karte erfordert die Übermittlung der IP-Adresse an den Anbieter.")
	statutory_contractual.report.status == "fail" with input as doc
}

test_statutory_fail_we_use_measures if {
	doc := de("Wir setzen technische und organisatorische Maßnahmen ein, um Daten zu schützen.")
	statutory_contractual.report.status == "fail" with input as doc
}

# No duty to appoint a data protection officer is not about giving data.
test_statutory_fail_no_duty_to_appoint_dpo if {
	doc := de("Für uns besteht keine gesetzliche Pflicht zur Benennung eines Datenschutzbeauftragten.")
	statutory_contractual.report.status == "fail" with input as doc
}

test_statutory_pass_no_legal_duty_to_give_data if {
	doc := de("Es besteht keine gesetzliche Pflicht, uns Ihre Daten bereitzustellen.")
	statutory_contractual.report.status == "pass" with input as doc
}

# --- gdpr/automated-decisions ----------------------------------------------

test_automated_pass_none if {
	doc := de("Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.")
	automated_decisions.report.status == "pass" with input as doc
}

test_automated_pass_keine if {
	doc := de("Wir nutzen keine automatisierte Entscheidungsfindung.")
	automated_decisions.report.status == "pass" with input as doc
}

test_automated_fail_right_only if {
	doc := de("Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung einschließlich Profiling beruhenden Entscheidung unterworfen zu werden.")
	automated_decisions.report.status == "fail" with input as doc
}

# --- gdpr/children ---------------------------------------------------------

test_children_pass_under_16 if {
	doc := de("Unser Angebot richtet sich nicht an Kinder unter 16 Jahren.")
	children.report.status == "pass" with input as doc
}

test_children_pass_lebensjahr if {
	doc := de("Personen, die das 16. Lebensjahr noch nicht vollendet haben, dürfen sich nicht registrieren.")
	children.report.status == "pass" with input as doc
}

test_children_pass_parents if {
	doc := de("Für Minderjährige ist die Einwilligung der Erziehungsberechtigten erforderlich.")
	children.report.status == "pass" with input as doc
}

test_children_fail if {
	doc := de("Bei der Registrierung können Sie freiwillig Ihr Geburtsdatum angeben.")
	children.report.status == "fail" with input as doc
}

test_children_fail_art8_erasure_ground if {
	doc := de("Die Daten wurden in Bezug auf angebotene Dienste der Informationsgesellschaft gemäß Art. 8 Abs. 1 DSGVO erhoben.")
	children.report.status == "fail" with input as doc
}

# --- policy/last-updated -----------------------------------------------------

test_last_updated_pass_stand if {
	doc := de("Stand: 17. Juli 2026")
	last_updated.report.status == "pass" with input as doc
}

test_last_updated_pass_numeric if {
	doc := de("Zuletzt aktualisiert am 01.03.2024.")
	last_updated.report.status == "pass" with input as doc
}

test_last_updated_pass_month_line if {
	doc := md("Stand dieser Datenschutzerklärung:\n\nMai 2026")
	last_updated.report.status == "pass" with input as doc
}

test_last_updated_fail if {
	doc := de("Seit dem 25. Mai 2018 gilt die Datenschutz-Grundverordnung.")
	last_updated.report.status == "fail" with input as doc
}

# The place-and-date line that closes a German notice ("Ort, Datum").
test_last_updated_pass_place_date_line if {
	doc := md("Bei Fragen wende dich an info@beispiel.de.\n\nBerlin, 3. März 2024")
	last_updated.report.status == "pass" with input as doc
}

test_last_updated_pass_place_den_numeric_with_url if {
	doc := md("Frankfurt am Main, den 01.03.2024\nwww.beispiel.de")
	last_updated.report.status == "pass" with input as doc
}

test_last_updated_fail_place_date_in_sentence if {
	doc := de("Berlin, 3. März 2024 fand unsere Mitgliederversammlung statt.")
	last_updated.report.status == "fail" with input as doc
}

# --- policy/changes ------------------------------------------------------------

test_changes_pass_email if {
	doc := de("Über wesentliche Änderungen dieser Datenschutzerklärung informieren wir Sie per E-Mail.")
	changes.report.status == "pass" with input as doc
}

test_changes_pass_published if {
	doc := de("Änderungen dieser Datenschutzerklärung veröffentlichen wir auf dieser Seite.")
	changes.report.status == "pass" with input as doc
}

test_changes_pass_current_version if {
	doc := de("Die jeweils aktuelle Fassung gilt ab dem angegebenen Stand-Datum.")
	changes.report.status == "pass" with input as doc
}

test_changes_fail_only_when if {
	doc := de("Bei technischen oder rechtlichen Änderungen wird diese Datenschutzerklärung angepasst.")
	changes.report.status == "fail" with input as doc
}

test_changes_fail_product_changes if {
	doc := de("Über neue Versionen und sicherheitsrelevante Änderungen informieren wir unsere Kunden per E-Mail.")
	changes.report.status == "fail" with input as doc
}

test_li_pass_list_of_interests if {
	doc := md("Wir stützen uns auf berechtigte Interessen. Unsere berechtigten Interessen sind:\n\n- die Sicherheit unserer Systeme\n")
	legitimate_interests.report.status == "pass" with input as doc
}

# Readers asked to check the policy themselves are not told how they learn
# of changes (WP260 para. 30), in German as in English.
test_ch_fail_regelmaessig_pruefen if {
	doc := de("Bitte prüfen Sie diese Datenschutzerklärung regelmäßig. Wir verarbeiten Ihre E-Mail-Adresse.")
	changes.report.status == "fail" with input as doc
}

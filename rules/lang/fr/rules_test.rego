package policylint.lang.fr_test

# French phrasings for every rule of the gdpr and policy packs: each rule
# passes on the way French privacy policies state the item, and fails (or is
# not applicable) where they do not, including the usual negations ("nous ne
# partageons pas", "ne sont pas transférées"). parse_as forces French, since
# one sentence is too short to detect.

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

fr(text) := policylint.parse_as(text, "text", "fr")

md(text) := policylint.parse_as(text, "markdown", "fr")

# --- gdpr/controller-identity --------------------------------------------

test_controller_identity_pass_declared if {
	controller_identity.report.status == "pass" with input as fr("Le responsable du traitement est la société Acme SAS.")
}

test_controller_identity_pass_subject_first if {
	doc := fr("La direction interministérielle du numérique (DINUM) est responsable des traitements de données à caractère personnel réalisés sur le site.")
	controller_identity.report.status == "pass" with input as doc
}

test_controller_identity_pass_edited_by if {
	controller_identity.report.status == "pass" with input as fr("Le site www.acme.fr est édité par la société Acme SAS.")
}

test_controller_identity_pass_we_defined if {
	controller_identity.report.status == "pass" with input as fr("Acme SAS (ci-après « nous ») attache une grande importance à votre vie privée.")
}

test_controller_identity_pass_label_heading if {
	doc := md("# Responsable du traitement\n\nAcme SARL, 12 rue de la Paix, 75002 Paris")
	controller_identity.report.status == "pass" with input as doc
}

test_controller_identity_fail_only_nous if {
	controller_identity.report.status == "fail" with input as fr("Nous collectons vos données pour vous fournir le service.")
}

test_controller_identity_fail_user_is_controller if {
	doc := fr("Vous êtes responsable du traitement des données que vous importez dans l'application.")
	controller_identity.report.status == "fail" with input as doc
}

# --- gdpr/controller-contact ----------------------------------------------

test_controller_contact_pass_email if {
	controller_contact.report.status == "pass" with input as fr("Pour toute question, écrivez-nous à contact@acme.fr.")
}

test_controller_contact_pass_postal if {
	controller_contact.report.status == "pass" with input as fr("Adresse postale : 7 chemin de Bagatelle, 31100 Toulouse")
}

test_controller_contact_pass_form if {
	controller_contact.report.status == "pass" with input as fr("Vous pouvez nous écrire via notre formulaire de contact.")
}

test_controller_contact_fail_no_address if {
	controller_contact.report.status == "fail" with input as fr("Pour toute question, n'hésitez pas à nous contacter.")
}

# --- gdpr/dpo-contact ------------------------------------------------------

test_dpo_contact_pass if {
	doc := fr("Vous pouvez contacter notre délégué à la protection des données (DPO) à l'adresse dpo@acme.fr.")
	dpo_contact.report.status == "pass" with input as doc
}

test_dpo_contact_pass_under_heading if {
	doc := md("# Délégué à la protection des données\n\nE-mail : dpd@acme.fr")
	dpo_contact.report.status == "pass" with input as doc
}

test_dpo_contact_fail_generic_contact if {
	dpo_contact.report.status == "fail" with input as fr("Pour toute question, écrivez-nous à contact@acme.fr.")
}

test_dpo_contact_fail_none_appointed if {
	doc := fr("Nous n'avons pas désigné de délégué à la protection des données ; écrivez à contact@acme.fr.")
	dpo_contact.report.status == "fail" with input as doc
}

test_dpo_contact_fail_processor_dpo if {
	doc := fr("Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix. Coordonnées de la personne de contact : DPO.")
	dpo_contact.report.status == "fail" with input as doc
}

# --- gdpr/eu-representative -----------------------------------------------

test_eu_representative_pass if {
	doc := fr("Acme Inc. est une société basée aux États-Unis. Notre représentant dans l'Union européenne au sens de l'article 27 du RGPD est Acme Europe SAS.")
	eu_representative.report.status == "pass" with input as doc
}

test_eu_representative_fail_seat_abroad if {
	eu_representative.report.status == "fail" with input as fr("Acme Inc. est une société basée aux États-Unis.")
}

test_eu_representative_na_french_seat if {
	eu_representative.report.status == "not_applicable" with input as fr("Acme SAS, 12 rue de la Paix, 75002 Paris.")
}

test_eu_representative_na_legal_guardian if {
	doc := fr("Le représentant légal de l'enfant doit donner son accord.")
	eu_representative.report.status == "not_applicable" with input as doc
}

# --- gdpr/purposes ---------------------------------------------------------

test_purposes_pass_statement if {
	purposes.report.status == "pass" with input as fr("Nous utilisons vos données personnelles pour gérer votre compte.")
}

test_purposes_pass_object if {
	purposes.report.status == "pass" with input as fr("Le traitement a pour objet de répondre à vos demandes.")
}

test_purposes_pass_list_after_intro if {
	doc := md("Vos données sont traitées pour les finalités suivantes :\n\n- la gestion de votre compte ;\n- l'envoi de la newsletter.")
	purposes.report.status == "pass" with input as doc
}

test_purposes_fail if {
	purposes.report.status == "fail" with input as fr("Nous attachons une grande importance à votre vie privée.")
}

test_purposes_fail_denial if {
	purposes.report.status == "fail" with input as fr("Nous n'utilisons pas vos données à d'autres fins.")
}

# --- gdpr/legal-basis ------------------------------------------------------

test_legal_basis_pass_consent if {
	doc := fr("Le traitement est fondé sur votre consentement (article 6.1.a du RGPD).")
	legal_basis.report.status == "pass" with input as doc
}

test_legal_basis_pass_contract if {
	legal_basis.report.status == "pass" with input as fr("Ce traitement est nécessaire à l'exécution du contrat conclu avec vous.")
}

test_legal_basis_pass_list_under_heading if {
	doc := md("# Base légale\n\n- Consentement : publicité personnalisée.\n- Contrat : gestion de votre compte.")
	legal_basis.report.status == "pass" with input as doc
}

test_legal_basis_fail_compliance_only if {
	legal_basis.report.status == "fail" with input as fr("Nous respectons le RGPD et la loi Informatique et Libertés.")
}

test_legal_basis_fail_by_using if {
	legal_basis.report.status == "fail" with input as fr("En utilisant notre site, vous acceptez la présente politique.")
}

# --- gdpr/legitimate-interests ---------------------------------------------

test_legitimate_interests_pass if {
	doc := fr("Nous traitons vos données sur la base de notre intérêt légitime à assurer la sécurité du site.")
	legitimate_interests.report.status == "pass" with input as doc
}

test_legitimate_interests_pass_label if {
	legitimate_interests.report.status == "pass" with input as fr("Intérêt légitime : sécurité, prévention des abus.")
}

test_legitimate_interests_fail_unnamed if {
	legitimate_interests.report.status == "fail" with input as fr("Le traitement repose sur notre intérêt légitime.")
}

test_legitimate_interests_fail_article_only if {
	legitimate_interests.report.status == "fail" with input as fr("Intérêt légitime (article 6.1.f du RGPD).")
}

test_legitimate_interests_na if {
	legitimate_interests.report.status == "not_applicable" with input as fr("Le traitement est fondé sur votre consentement.")
}

# --- gdpr/data-categories --------------------------------------------------

test_data_categories_pass if {
	doc := fr("Nous collectons votre nom, votre prénom et votre adresse e-mail.")
	data_categories.report.status == "pass" with input as doc
}

test_data_categories_pass_list if {
	doc := md("Nous collectons les données suivantes :\n\n- adresse électronique ;\n- adresse IP.")
	data_categories.report.status == "pass" with input as doc
}

test_data_categories_fail_no_category if {
	data_categories.report.status == "fail" with input as fr("Nous collectons des données personnelles.")
}

test_data_categories_fail_denial if {
	doc := fr("Nous ne collectons ni votre localisation, ni vos contacts, ni vos photos.")
	data_categories.report.status == "fail" with input as doc
}

# --- gdpr/data-sources -----------------------------------------------------

test_data_sources_pass_partners if {
	doc := fr("Nous pouvons recevoir des informations vous concernant de la part de nos partenaires commerciaux.")
	data_sources.report.status == "pass" with input as doc
}

test_data_sources_pass_sign_in if {
	doc := fr("Identifiant technique fourni par Google ou Apple lors de la connexion.")
	data_sources.report.status == "pass" with input as doc
}

test_data_sources_pass_only_reader if {
	doc := fr("Nous ne collectons que les données que vous nous fournissez directement.")
	data_sources.report.status == "pass" with input as doc
}

test_data_sources_fail if {
	doc := fr("Nous collectons les données que vous saisissez dans le formulaire d'inscription.")
	data_sources.report.status == "fail" with input as doc
}

# --- gdpr/recipients -------------------------------------------------------

test_recipients_pass if {
	recipients.report.status == "pass" with input as fr("Vos données sont transmises à nos prestataires techniques.")
}

test_recipients_pass_exception if {
	doc := fr("Nous ne partageons pas vos données avec des tiers, sauf avec nos sous-traitants.")
	recipients.report.status == "pass" with input as doc
}

test_recipients_pass_named_vendor if {
	recipients.report.status == "pass" with input as fr("Nous utilisons Google Analytics pour mesurer l'audience du site.")
}

test_recipients_fail_denial if {
	doc := fr("Nous ne vendons, ne louons ni ne partageons vos données avec des tiers.")
	recipients.report.status == "fail" with input as doc
}

test_recipients_fail_nothing if {
	recipients.report.status == "fail" with input as fr("Nous attachons une grande importance à votre vie privée.")
}

# --- gdpr/international-transfers ------------------------------------------

test_international_transfers_pass_abroad if {
	doc := fr("Vos données peuvent être transférées vers des pays situés hors de l'Union européenne.")
	international_transfers.report.status == "pass" with input as doc
}

test_international_transfers_pass_stays_in_eu if {
	doc := fr("Notre politique est de ne pas transférer vos données en dehors de l'Union européenne.")
	international_transfers.report.status == "pass" with input as doc
}

test_international_transfers_pass_hosted_in_france if {
	international_transfers.report.status == "pass" with input as fr("Vos données sont hébergées en France.")
}

test_international_transfers_fail if {
	international_transfers.report.status == "fail" with input as fr("Nous protégeons vos données.")
}

# --- gdpr/transfer-safeguards ----------------------------------------------

test_transfer_safeguards_pass if {
	doc := fr("Vos données peuvent être transférées aux États-Unis. Ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.")
	transfer_safeguards.report.status == "pass" with input as doc
}

test_transfer_safeguards_pass_adequacy if {
	doc := fr("Le transfert hors UE repose sur une décision d'adéquation de la Commission européenne.")
	transfer_safeguards.report.status == "pass" with input as doc
}

test_transfer_safeguards_fail_vague if {
	doc := fr("Vos données peuvent être transférées hors de l'Union européenne avec des garanties appropriées.")
	transfer_safeguards.report.status == "fail" with input as doc
}

test_transfer_safeguards_na_denial if {
	doc := fr("Vos données ne sont pas transférées hors de l'Union européenne.")
	transfer_safeguards.report.status == "not_applicable" with input as doc
}

test_transfer_safeguards_na_third_countries_denial if {
	doc := fr("Le responsable de traitement ne transfère pas de données vers des pays tiers.")
	transfer_safeguards.report.status == "not_applicable" with input as doc
}

# --- gdpr/retention --------------------------------------------------------

test_retention_pass_criterion if {
	doc := fr("Vos données sont conservées pendant toute la durée de votre inscription, puis supprimées.")
	retention.report.status == "pass" with input as doc
}

test_retention_pass_until_account_closed if {
	retention.report.status == "pass" with input as fr("Les données sont supprimées à la clôture de votre compte.")
}

test_retention_pass_schedule if {
	doc := md("# Durée de conservation\n\n- Données de compte : 2 ans\n- Journaux : 12 mois")
	retention.report.status == "pass" with input as doc
}

test_retention_fail_delete_account_only if {
	retention.report.status == "fail" with input as fr("Vous pouvez supprimer votre compte à tout moment.")
}

# --- gdpr/retention-specific -----------------------------------------------

test_retention_specific_pass if {
	doc := fr("Vos données sont conservées pendant 3 ans à compter de notre dernier contact.")
	retention_specific.report.status == "pass" with input as doc
}

test_retention_specific_pass_number_word if {
	retention_specific.report.status == "pass" with input as fr("Les données de prospection sont conservées trois ans.")
}

test_retention_specific_fail_vague if {
	doc := fr("Vos données sont conservées aussi longtemps que nécessaire.")
	retention_specific.report.status == "fail" with input as doc
}

test_retention_specific_fail_age if {
	doc := fr("Le service est réservé aux personnes âgées de 18 ans. Vos données sont conservées aussi longtemps que nécessaire.")
	retention_specific.report.status == "fail" with input as doc
}

# --- gdpr/right-access -----------------------------------------------------

test_right_access_pass if {
	right_access.report.status == "pass" with input as fr("Vous disposez d'un droit d'accès aux données vous concernant.")
}

test_right_access_pass_copy if {
	doc := fr("Vous pouvez accéder aux données vous concernant et en obtenir une copie.")
	right_access.report.status == "pass" with input as doc
}

test_right_access_pass_list if {
	right_access.report.status == "pass" with input as md("# Vos droits\n\n- Accès\n- Rectification")
}

test_right_access_fail_site_access if {
	right_access.report.status == "fail" with input as fr("L'accès au site est réservé aux utilisateurs inscrits.")
}

test_right_access_fail_staff_access if {
	right_access.report.status == "fail" with input as fr("Seules les personnes habilitées ont accès à vos données.")
}

test_right_access_fail_list_outside_rights if {
	right_access.report.status == "fail" with input as md("# Fonctionnalités\n\n- Accès")
}

# --- gdpr/right-rectification ----------------------------------------------

test_right_rectification_pass if {
	doc := fr("Vous pouvez demander la rectification de vos données inexactes.")
	right_rectification.report.status == "pass" with input as doc
}

test_right_rectification_pass_modification if {
	doc := fr("Vous disposez d'un droit d'accès et de modification des données à caractère personnel qui vous concernent.")
	right_rectification.report.status == "pass" with input as doc
}

test_right_rectification_fail_settings if {
	right_rectification.report.status == "fail" with input as fr("Vous pouvez modifier vos préférences de cookies.")
}

test_right_rectification_fail_policy_changes if {
	right_rectification.report.status == "fail" with input as fr("Nous nous réservons le droit de modifier la présente politique.")
}

# --- gdpr/right-erasure ----------------------------------------------------

test_right_erasure_pass if {
	right_erasure.report.status == "pass" with input as fr("Vous disposez d'un droit à l'effacement de vos données.")
}

test_right_erasure_pass_delete_account if {
	right_erasure.report.status == "pass" with input as fr("Vous pouvez supprimer votre compte à tout moment.")
}

test_right_erasure_pass_on_request if {
	right_erasure.report.status == "pass" with input as fr("Suppression possible à la demande de l'utilisateur.")
}

test_right_erasure_fail_cookies if {
	right_erasure.report.status == "fail" with input as fr("Vous pouvez supprimer les cookies depuis votre navigateur.")
}

# --- gdpr/right-restriction ------------------------------------------------

test_right_restriction_pass if {
	doc := fr("Vous avez le droit de demander la limitation du traitement de vos données.")
	right_restriction.report.status == "pass" with input as doc
}

test_right_restriction_pass_list if {
	right_restriction.report.status == "pass" with input as md("# Vos droits\n\n- Limitation du traitement")
}

test_right_restriction_fail_access_limited if {
	doc := fr("L'accès aux données est limité aux personnes habilitées.")
	right_restriction.report.status == "fail" with input as doc
}

# --- gdpr/right-object -----------------------------------------------------

test_right_object_pass if {
	doc := fr("Vous pouvez vous opposer au traitement de vos données à des fins de prospection commerciale.")
	right_object.report.status == "pass" with input as doc
}

test_right_object_pass_rights_list if {
	doc := fr("Vous disposez des droits d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité.")
	right_object.report.status == "pass" with input as doc
}

test_right_object_fail_unsubscribe if {
	doc := fr("Vous pouvez vous désabonner à tout moment via le lien de désinscription.")
	right_object.report.status == "fail" with input as doc
}

# --- gdpr/right-portability ------------------------------------------------

test_right_portability_pass if {
	right_portability.report.status == "pass" with input as fr("Vous disposez d'un droit à la portabilité de vos données.")
}

test_right_portability_pass_format if {
	doc := fr("Vous pouvez récupérer vos données dans un format structuré, couramment utilisé et lisible par machine.")
	right_portability.report.status == "pass" with input as doc
}

test_right_portability_fail if {
	right_portability.report.status == "fail" with input as fr("Vous disposez d'un droit d'accès à vos données.")
}

# --- gdpr/right-withdraw-consent -------------------------------------------

test_right_withdraw_consent_pass if {
	right_withdraw_consent.report.status == "pass" with input as fr("Vous pouvez retirer votre consentement à tout moment.")
}

test_right_withdraw_consent_pass_pronoun if {
	doc := fr("Lorsque le traitement est fondé sur votre consentement, vous avez le droit de le retirer à tout moment.")
	right_withdraw_consent.report.status == "pass" with input as doc
}

test_right_withdraw_consent_fail_relied_on if {
	doc := fr("Nous déposons des cookies publicitaires avec votre consentement.")
	right_withdraw_consent.report.status == "fail" with input as doc
}

test_right_withdraw_consent_fail_by_using if {
	doc := fr("En utilisant notre site, vous acceptez la présente politique.")
	right_withdraw_consent.report.status == "fail" with input as doc
}

test_right_withdraw_consent_na_contract if {
	doc := fr("Le traitement est nécessaire à l'exécution du contrat.")
	right_withdraw_consent.report.status == "not_applicable" with input as doc
}

test_right_withdraw_consent_na_exempt_cookies if {
	doc := fr("Nous utilisons des cookies de mesure d'audience exemptés de consentement.")
	right_withdraw_consent.report.status == "not_applicable" with input as doc
}

# --- gdpr/right-complaint --------------------------------------------------

test_right_complaint_pass_cnil if {
	doc := fr("Vous pouvez introduire une réclamation auprès de la CNIL.")
	right_complaint.report.status == "pass" with input as doc
}

test_right_complaint_pass_authority if {
	doc := fr("Vous avez le droit d'introduire une réclamation auprès d'une autorité de contrôle.")
	right_complaint.report.status == "pass" with input as doc
}

test_right_complaint_fail_company_only if {
	doc := fr("Vous pouvez adresser une réclamation à notre service client.")
	right_complaint.report.status == "fail" with input as doc
}

test_right_complaint_fail_cooperation if {
	right_complaint.report.status == "fail" with input as fr("Nous coopérons avec la CNIL en cas de contrôle.")
}

# --- gdpr/statutory-contractual --------------------------------------------

test_statutory_contractual_pass_asterisk if {
	doc := fr("Les champs marqués d'un astérisque sont obligatoires.")
	statutory_contractual.report.status == "pass" with input as doc
}

test_statutory_contractual_pass_consequence if {
	doc := fr("Si vous ne fournissez pas ces informations, nous ne pourrons pas traiter votre commande.")
	statutory_contractual.report.status == "pass" with input as doc
}

test_statutory_contractual_fail if {
	statutory_contractual.report.status == "fail" with input as fr("Nous collectons votre adresse e-mail.")
}

test_statutory_contractual_fail_our_obligation if {
	doc := fr("Nous sommes tenus de conserver vos factures pendant dix ans.")
	statutory_contractual.report.status == "fail" with input as doc
}

# --- gdpr/automated-decisions ----------------------------------------------

test_automated_decisions_pass_none if {
	doc := fr("Nous ne procédons à aucune prise de décision automatisée ni à aucun profilage.")
	automated_decisions.report.status == "pass" with input as doc
}

test_automated_decisions_pass_under_heading if {
	doc := md("# Profilage\n\nNous n'en faisons pas.")
	automated_decisions.report.status == "pass" with input as doc
}

test_automated_decisions_fail_right_only if {
	doc := fr("Vous avez le droit de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé, y compris le profilage.")
	automated_decisions.report.status == "fail" with input as doc
}

# --- gdpr/children ---------------------------------------------------------

test_children_pass_age if {
	doc := fr("Notre service ne s'adresse pas aux enfants de moins de 15 ans.")
	children.report.status == "pass" with input as doc
}

test_children_pass_adults if {
	doc := fr("L'application est destinée à un public majeur (18 ans et plus).")
	children.report.status == "pass" with input as doc
}

test_children_fail if {
	children.report.status == "fail" with input as fr("Nous protégeons vos données.")
}

test_children_fail_retention_years if {
	doc := fr("Les comptes inactifs depuis plus de 2 ans sont supprimés.")
	children.report.status == "fail" with input as doc
}

test_children_fail_major_change if {
	doc := fr("En cas de changement majeur, nous vous informerons par e-mail.")
	children.report.status == "fail" with input as doc
}

# --- policy/last-updated ---------------------------------------------------

test_last_updated_pass if {
	last_updated.report.status == "pass" with input as fr("Dernière mise à jour : 3 juillet 2026")
}

test_last_updated_pass_numeric if {
	last_updated.report.status == "pass" with input as fr("Modifié le 22/12/2022")
}

test_last_updated_fail if {
	last_updated.report.status == "fail" with input as fr("Nous protégeons vos données.")
}

test_last_updated_fail_law_date if {
	doc := fr("Conformément à la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés.")
	last_updated.report.status == "fail" with input as doc
}

# --- policy/changes --------------------------------------------------------

test_changes_pass if {
	doc := fr("En cas de modification substantielle de la présente politique, nous vous en informerons par e-mail.")
	changes.report.status == "pass" with input as doc
}

test_changes_pass_under_heading if {
	changes.report.status == "pass" with input as md("# Modifications\n\nToute nouvelle version sera publiée sur cette page.")
}

test_changes_fail_no_notice if {
	doc := fr("La présente politique est susceptible d'être modifiée à tout moment.")
	changes.report.status == "fail" with input as doc
}

test_changes_fail_user_edits if {
	doc := fr("Vous pouvez modifier votre pseudo directement dans l'application.")
	changes.report.status == "fail" with input as doc
}

# --- more negations and look-alikes ---------------------------------------

test_recipients_fail_denial_partners if {
	recipients.report.status == "fail" with input as fr("Nous ne partageons pas vos données avec nos partenaires.")
}

test_recipients_pass_denial_then_processors if {
	doc := fr("Nous ne vendons pas vos données à nos partenaires, mais nous les partageons avec nos prestataires techniques.")
	recipients.report.status == "pass" with input as doc
}

test_right_erasure_fail_browser_data if {
	doc := fr("Vous pouvez supprimer les données de navigation depuis votre navigateur.")
	right_erasure.report.status == "fail" with input as doc
}

test_retention_fail_delete_when_you_wish if {
	retention.report.status == "fail" with input as fr("Vous pouvez supprimer votre compte lorsque vous le souhaitez.")
}

test_right_complaint_fail_we_contact_authorities if {
	doc := fr("Nous pouvons contacter les autorités compétentes en cas de fraude.")
	right_complaint.report.status == "fail" with input as doc
}

test_right_access_fail_staff_access_rights if {
	doc := fr("Les droits d'accès aux données sont restreints aux salariés habilités.")
	right_access.report.status == "fail" with input as doc
}

test_right_withdraw_consent_pass_consent_choice if {
	doc := fr("Vous pouvez à tout moment nous contacter pour modifier votre choix de consentement.")
	right_withdraw_consent.report.status == "pass" with input as doc
}

test_automated_decisions_fail_right_in_list if {
	doc := md("Vous disposez des droits suivants :\n\n- ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé.")
	automated_decisions.report.status == "fail" with input as doc
}

test_statutory_contractual_fail_marketing_refusal if {
	doc := fr("Si vous refusez que vos données soient utilisées à des fins de prospection, écrivez-nous.")
	statutory_contractual.report.status == "fail" with input as doc
}

test_last_updated_fail_gdpr_date if {
	doc := fr("Le RGPD, en vigueur depuis le 25 mai 2018, renforce vos droits.")
	last_updated.report.status == "fail" with input as doc
}

# --- Generalisation: informal address ("tu"), template generators (iubenda),
# tables of legal bases, and near-misses.

test_controller_identity_pass_brand_edited_by_person if {
	doc := fr("Pédalo est développé par Camille Martin, développeuse indépendante.")
	controller_identity.report.status == "pass" with input as doc
}

test_controller_identity_fail_hosted_by_vendor if {
	doc := fr("Le site est hébergé par un prestataire.")
	controller_identity.report.status == "fail" with input as doc
}

test_controller_identity_fail_controller_is_owner_role if {
	doc := fr("Sauf indication contraire, le responsable du traitement est le propriétaire de ce site.")
	controller_identity.report.status == "fail" with input as doc
}

test_controller_identity_pass_controller_is_owner_named if {
	doc := fr("Le responsable du traitement est le propriétaire du site, Jeanne Roux, 3 rue des Lilas, 69001 Lyon.")
	controller_identity.report.status == "pass" with input as doc
}

test_legal_basis_pass_basis_column_cell if {
	doc := md("| Donnée | Finalité | Fondement |\n|---|---|---|\n| E-mail | Connexion | Exécution du contrat |\n| Pseudo | Affichage | Exécution du contrat |\n| Adresse | Livraison | Exécution du contrat |\n| Âge | Contrôle | Respect d'une obligation légale |\n| Photo | Profil | Votre consentement explicite |")
	legal_basis.report.status == "pass" with input as doc
}

test_legal_basis_pass_tu_consent_basis if {
	doc := fr("Nous traitons ton adresse e-mail sur la base de ton consentement.")
	legal_basis.report.status == "pass" with input as doc
}

test_legal_basis_fail_consent_heading_only if {
	doc := md("## Votre consentement\n\nEn utilisant le site, vous acceptez cette politique.")
	legal_basis.report.status == "fail" with input as doc
}

test_right_object_pass_tu_listed if {
	doc := md("## Tes droits\n\nTu peux :\n\n- t'opposer au traitement de tes données")
	right_object.report.status == "pass" with input as doc
}

test_right_object_pass_tu_sentence if {
	doc := fr("Tu peux aussi t'opposer à l'utilisation de tes données à des fins de prospection.")
	right_object.report.status == "pass" with input as doc
}

test_right_object_fail_tu_unsubscribe if {
	doc := fr("Tu peux te désabonner de la newsletter à tout moment.")
	right_object.report.status == "fail" with input as doc
}

test_right_restriction_pass_en_demander_la_limitation if {
	doc := fr("Vous pouvez vous opposer au traitement de vos données ou en demander la limitation.")
	right_restriction.report.status == "pass" with input as doc
}

test_right_restriction_pass_leur_suspension if {
	doc := fr("L'utilisateur peut à tout moment demander au responsable leur suspension.")
	right_restriction.report.status == "pass" with input as doc
}

test_right_restriction_fail_account_suspension_by_us if {
	doc := fr("Nous pouvons suspendre votre compte en cas d'abus.")
	right_restriction.report.status == "fail" with input as doc
}

test_right_erasure_pass_leur_suppression if {
	doc := fr("Vous pouvez demander à tout moment leur effacement en nous écrivant.")
	right_erasure.report.status == "pass" with input as doc
}

test_right_erasure_pass_tu_peux if {
	doc := fr("Tu peux demander la suppression de tes données en nous écrivant.")
	right_erasure.report.status == "pass" with input as doc
}

test_right_erasure_fail_cookie_deletion if {
	doc := fr("Tu peux demander à ton navigateur leur suppression : les cookies seront effacés.")
	right_erasure.report.status == "fail" with input as doc
}

test_right_access_pass_tu_as_le_droit if {
	doc := fr("Tu as le droit d'obtenir une copie de tes données.")
	right_access.report.status == "pass" with input as doc
}

test_retention_pass_le_temps_quil_sera_necessaire if {
	doc := fr("Les informations sont gardées le temps qu'il est nécessaire pour traiter la commande.")
	retention.report.status == "pass" with input as doc
}

test_retention_pass_aussi_longtemps_quil if {
	doc := fr("Nous conservons tes données aussi longtemps qu'elles restent utiles au service.")
	retention.report.status == "pass" with input as doc
}

test_retention_fail_time_needed_to_answer if {
	doc := fr("Il nous faut parfois un peu de temps pour répondre à ta demande.")
	retention.report.status == "fail" with input as doc
}

test_statutory_contractual_pass_impossible_if_not_provided if {
	doc := fr("Le service ne pourra pas être fourni si certaines informations ne sont pas communiquées.")
	statutory_contractual.report.status == "pass" with input as doc
}

test_statutory_contractual_pass_tu_optional_data if {
	doc := fr("Tu peux compléter ton profil, si tu le souhaites, avec une photo et une biographie.")
	statutory_contractual.report.status == "pass" with input as doc
}

test_statutory_contractual_pass_tu_refuse if {
	doc := fr("Si tu ne fournis pas ton adresse e-mail, tu ne pourras pas créer de compte.")
	statutory_contractual.report.status == "pass" with input as doc
}

test_statutory_contractual_fail_contact_if_wished if {
	doc := fr("Tu peux nous contacter si tu le souhaites.")
	statutory_contractual.report.status == "fail" with input as doc
}

test_statutory_contractual_fail_impossible_unrelated if {
	doc := fr("Il est impossible de garantir une sécurité absolue sur Internet.")
	statutory_contractual.report.status == "fail" with input as doc
}

test_data_sources_pass_third_party_data_published_by_user if {
	doc := fr("Les utilisateurs sont responsables des données personnelles de tiers qu'ils publient ou partagent via l'application.")
	data_sources.report.status == "pass" with input as doc
}

test_data_sources_pass_reader_provides_data_about_others if {
	doc := fr("Si tu nous communiques des informations concernant d'autres personnes, assure-toi d'avoir leur accord.")
	data_sources.report.status == "pass" with input as doc
}

test_data_sources_fail_made_available_to_third_parties if {
	doc := fr("Vos données personnelles sont communiquées ou mises à disposition des prestataires suivants :")
	data_sources.report.status == "fail" with input as doc
}

test_data_sources_pass_made_available_by_partners if {
	doc := fr("Certaines données sont mises à disposition par nos partenaires commerciaux.")
	data_sources.report.status == "pass" with input as doc
}

test_data_sources_fail_sharing_with_third_parties if {
	doc := fr("Nous ne partageons pas tes données personnelles avec des tiers.")
	data_sources.report.status == "fail" with input as doc
}

test_li_pass_list_of_interests if {
	doc := policylint.parse_as("Nous nous fondons sur nos intérêts légitimes. Nos intérêts légitimes sont :\n\n- la sécurité de nos systèmes\n", "markdown", "fr")
	legitimate_interests.report.status == "pass" with input as doc
}

test_cc_pass_mailto_link if {
	doc := policylint.parse_as(`<main><p>Pour toute question, vous pouvez <a href="mailto:dpo@exemple.fr">nous écrire</a>.</p></main>`, "html", "fr")
	controller_contact.report.status == "pass" with input as doc
}

# Spanish phrasings of every rule of the built-in pack, parsed as Spanish
# (policylint.parse_as forces the language: one sentence is too short to
# detect). Each rule has at least one passing and one failing phrasing;
# conditional rules also one that does not apply.
package policylint.lang.es_test

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

es(text) := policylint.parse_as(text, "markdown", "es")

test_controller_identity_pass_declared if {
	controller_identity.report.status == "pass" with input as es("El responsable del tratamiento de sus datos es Acme Soluciones, S.L., con CIF B12345678.")
}

test_controller_identity_pass_heading_entity if {
	controller_identity.report.status == "pass" with input as es("## Responsable del tratamiento\n\nPanadería La Espiga, S.L.\n\nCalle del Pan 4, 41001 Sevilla")
}

test_controller_identity_pass_treated_by if {
	controller_identity.report.status == "pass" with input as es("De conformidad con la normativa vigente, los datos facilitados serán tratados por la Asociación Redes Libres.")
}

test_controller_identity_pass_owned_by if {
	controller_identity.report.status == "pass" with input as es("Este sitio web es propiedad de Juan Pérez García, con domicilio en Calle Mayor 1, Madrid.")
}

test_controller_identity_pass_aepd_table if {
	controller_identity.report.status == "pass" with input as es("| Epígrafe | Información básica |\n|---|---|\n| Responsable | Ferretería Martínez, S.L. |")
}

test_controller_identity_fail_only_we if {
	controller_identity.report.status == "fail" with input as es("Tratamos sus datos con la máxima confidencialidad y nos comprometemos a protegerlos.")
}

test_controller_identity_fail_volunteers if {
	controller_identity.report.status == "fail" with input as es("La aplicación está desarrollada y mantenida por voluntarios y no está representada por ninguna entidad legal.")
}

test_controller_identity_fail_user_responsible if {
	controller_identity.report.status == "fail" with input as es("El usuario es el responsable de la veracidad de los datos que nos facilita.")
}

test_controller_contact_pass_email if {
	controller_contact.report.status == "pass" with input as es("Puede contactar con nosotros en privacidad@acme.es.")
}

test_controller_contact_pass_postal if {
	controller_contact.report.status == "pass" with input as es("Puede escribirnos a Calle Mayor, 25, 28013 Madrid.")
}

test_controller_contact_pass_form if {
	controller_contact.report.status == "pass" with input as es("Puede ponerse en contacto con nosotros a través del formulario de contacto de la web.")
}

test_controller_contact_fail_no_channel if {
	controller_contact.report.status == "fail" with input as es("Si tiene cualquier duda, no dude en contactar con nosotros.")
}

test_dpo_contact_pass_dpo_email if {
	dpo_contact.report.status == "pass" with input as es("Puede contactar con nuestro Delegado de Protección de Datos en dpd@acme.es.")
}

test_dpo_contact_pass_dpo_heading if {
	dpo_contact.report.status == "pass" with input as es("## Delegado de Protección de Datos\n\nCorreo electrónico: dpo@acme.es")
}

test_dpo_contact_fail_not_appointed if {
	dpo_contact.report.status == "fail" with input as es("No hemos nombrado un Delegado de Protección de Datos, pues no estamos obligados a ello.")
}

test_dpo_contact_fail_generic_contact if {
	dpo_contact.report.status == "fail" with input as es("Para cualquier consulta, escríbanos a info@acme.es.")
}

test_eu_representative_pass_representative if {
	eu_representative.report.status == "pass" with input as es("Acme Inc. tiene su sede en Estados Unidos. Hemos designado como representante en la Unión Europea a EU-Rep GmbH, con domicilio en Berlín.")
}

test_eu_representative_fail_seat_outside if {
	eu_representative.report.status == "fail" with input as es("Acme Apps es una empresa con sede en México y responsable del tratamiento de sus datos.")
}

test_eu_representative_na_spanish_controller if {
	eu_representative.report.status == "not_applicable" with input as es("El responsable del tratamiento es Acme, S.L., con domicilio en Calle Mayor 1, 28013 Madrid.")
}

test_eu_representative_na_legal_representative_of_minor if {
	eu_representative.report.status == "not_applicable" with input as es("Los menores deberán contar con la autorización de su representante legal.")
}

test_purposes_pass_use_for if {
	purposes.report.status == "pass" with input as es("Utilizamos sus datos para gestionar su pedido y enviarle la factura.")
}

test_purposes_pass_finalidades if {
	purposes.report.status == "pass" with input as es("Los datos personales se recogen para las siguientes finalidades: estadísticas y gestión de contactos.")
}

test_purposes_pass_passive if {
	purposes.report.status == "pass" with input as es("Los datos serán tratados con la finalidad de atender su solicitud de información.")
}

test_purposes_fail_negation if {
	purposes.report.status == "fail" with input as es("No utilizamos sus datos personales para ningún otro fin.")
}

test_purposes_fail_nothing if {
	purposes.report.status == "fail" with input as es("Respetamos su privacidad.")
}

test_legal_basis_pass_consent if {
	legal_basis.report.status == "pass" with input as es("Tratamos sus datos sobre la base de su consentimiento.")
}

test_legal_basis_pass_contract if {
	legal_basis.report.status == "pass" with input as es("El tratamiento es necesario para la ejecución del contrato en el que usted es parte.")
}

test_legal_basis_pass_article if {
	legal_basis.report.status == "pass" with input as es("La base jurídica es el art. 6.1.b RGPD.")
}

test_legal_basis_pass_heading_list if {
	legal_basis.report.status == "pass" with input as es("## Legitimación\n\n- Relación contractual: cuando compra uno de nuestros productos.\n- Su consentimiento: para el envío de boletines.")
}

test_legal_basis_fail_compliance_claim if {
	legal_basis.report.status == "fail" with input as es("Cumplimos con el Reglamento General de Protección de Datos (RGPD) y la LOPDGDD.")
}

test_legal_basis_fail_by_using if {
	legal_basis.report.status == "fail" with input as es("Al utilizar este sitio web, usted acepta esta política de privacidad.")
}

test_legitimate_interests_pass_named if {
	legitimate_interests.report.status == "pass" with input as es("Interés legítimo: para atender a las consultas y reclamaciones que nos plantee.")
}

test_legitimate_interests_pass_interest_in if {
	legitimate_interests.report.status == "pass" with input as es("Tratamos sus datos en base a nuestro interés legítimo en garantizar la seguridad de la web.")
}

test_legitimate_interests_fail_unnamed if {
	legitimate_interests.report.status == "fail" with input as es("Cuando el tratamiento sea necesario con el fin de un interés legítimo perseguido por el Titular o un tercero.")
}

test_legitimate_interests_na_no_interest if {
	legitimate_interests.report.status == "not_applicable" with input as es("Tratamos sus datos sobre la base de su consentimiento.")
}

test_data_categories_pass_list if {
	data_categories.report.status == "pass" with input as es("Recogemos su nombre, correo electrónico y teléfono cuando rellena el formulario.")
}

test_data_categories_pass_intro_list if {
	data_categories.report.status == "pass" with input as es("Los datos que tratamos son los siguientes:\n\n- nombre y apellidos\n- dirección postal")
}

test_data_categories_fail_generic if {
	data_categories.report.status == "fail" with input as es("Tratamos datos personales de nuestros clientes.")
}

test_data_categories_fail_negation if {
	data_categories.report.status == "fail" with input as es("No recogemos su nombre ni su dirección de correo electrónico.")
}

test_data_categories_fail_contact_label if {
	data_categories.report.status == "fail" with input as es("## Responsable\n\nAsociación Redes Libres:\n\n- Correo electrónico: legal@arl.red")
}

test_data_sources_pass_third_parties if {
	data_sources.report.status == "pass" with input as es("Obtenemos algunos datos a través de terceros, como redes sociales y fuentes accesibles al público.")
}

test_data_sources_pass_social_login if {
	data_sources.report.status == "pass" with input as es("Si inicias sesión con Google, recibiremos de Google tu nombre y tu foto de perfil.")
}

test_data_sources_pass_only_reader if {
	data_sources.report.status == "pass" with input as es("Los datos personales que tratamos proceden directamente de usted.")
}

test_data_sources_fail_reader_gives if {
	data_sources.report.status == "fail" with input as es("Todos los datos facilitados por nuestros clientes en la web serán tratados con confidencialidad.")
}

test_data_sources_pass_no_third_party_source if {
	data_sources.report.status == "pass" with input as es("No recibimos datos de terceros.")
}

test_recipients_pass_processors if {
	recipients.report.status == "pass" with input as es("Sus datos podrán ser comunicados a nuestros proveedores de servicios tecnológicos, que actúan como encargados del tratamiento.")
}

test_recipients_pass_exception if {
	recipients.report.status == "pass" with input as es("No cedemos sus datos a terceros, salvo a la Agencia Tributaria cuando la ley nos obliga.")
}

test_recipients_pass_vendor if {
	recipients.report.status == "pass" with input as es("Utilizamos Google Analytics para medir las visitas.")
}

test_recipients_fail_denial if {
	recipients.report.status == "fail" with input as es("No cedemos ni vendemos sus datos a terceros.")
}

test_recipients_fail_passive_denial if {
	recipients.report.status == "fail" with input as es("Sus datos no serán cedidos a terceros salvo obligación legal.")
}

test_international_transfers_pass_usa if {
	international_transfers.report.status == "pass" with input as es("Sus datos se almacenan en servidores ubicados en Estados Unidos.")
}

test_international_transfers_pass_no_transfers if {
	international_transfers.report.status == "pass" with input as es("No realizaremos transferencias internacionales de sus datos personales.")
}

test_international_transfers_pass_stays_eu if {
	international_transfers.report.status == "pass" with input as es("Todos los datos se alojan en servidores situados dentro de la Unión Europea.")
}

test_international_transfers_fail_nothing if {
	international_transfers.report.status == "fail" with input as es("Sus datos se tratan con total confidencialidad.")
}

test_transfer_safeguards_pass_scc if {
	transfer_safeguards.report.status == "pass" with input as es("Transferimos datos a Estados Unidos al amparo de las cláusulas contractuales tipo aprobadas por la Comisión Europea.")
}

test_transfer_safeguards_pass_dpf if {
	transfer_safeguards.report.status == "pass" with input as es("Google LLC está certificada en el Marco de Privacidad de Datos UE-EE. UU. y sus datos se tratan en Estados Unidos.")
}

test_transfer_safeguards_fail_no_mechanism if {
	transfer_safeguards.report.status == "fail" with input as es("Sus datos pueden ser transferidos a terceros países fuera del Espacio Económico Europeo.")
}

test_transfer_safeguards_na_no_transfer if {
	transfer_safeguards.report.status == "not_applicable" with input as es("No realizamos transferencias internacionales de datos fuera de la Unión Europea.")
}

test_retention_pass_necessary_time if {
	retention.report.status == "pass" with input as es("Conservaremos sus datos durante el tiempo necesario para cumplir con la finalidad para la que se recabaron.")
}

test_retention_pass_until if {
	retention.report.status == "pass" with input as es("Los datos se conservarán hasta que solicite su supresión.")
}

test_retention_fail_stored_on_device if {
	retention.report.status == "fail" with input as es("Todos los datos se guardarán en tu dispositivo.")
}

test_retention_fail_delete_account if {
	retention.report.status == "fail" with input as es("Puede eliminar su cuenta en cualquier momento.")
}

test_retention_specific_pass_years if {
	retention_specific.report.status == "pass" with input as es("Los datos de facturación se conservarán durante seis años, conforme al Código de Comercio.")
}

test_retention_specific_pass_cookie_duration if {
	retention_specific.report.status == "pass" with input as es("Las cookies de análisis tienen una duración de 2 años.")
}

test_retention_specific_fail_as_needed if {
	retention_specific.report.status == "fail" with input as es("Conservaremos sus datos durante el tiempo necesario.")
}

test_retention_specific_fail_request_deadline if {
	retention_specific.report.status == "fail" with input as es("Responderemos a su solicitud dentro del plazo de un mes.")
}

test_retention_specific_fail_age if {
	retention_specific.report.status == "fail" with input as es("Nuestros servicios no están dirigidos a menores de 14 años.")
}

test_right_access_pass_derecho_acceso if {
	right_access.report.status == "pass" with input as es("Tiene derecho de acceso a sus datos personales.")
}

test_right_access_pass_conocer if {
	right_access.report.status == "pass" with input as es("Los usuarios tienen derecho a conocer si sus datos están siendo tratados.")
}

test_right_access_pass_solicitar if {
	right_access.report.status == "pass" with input as es("Para solicitar el acceso, la rectificación o la supresión de sus datos, escríbanos.")
}

test_right_access_pass_arco if {
	right_access.report.status == "pass" with input as es("Puede ejercer sus derechos ARCO escribiendo a info@acme.es.")
}

test_right_access_pass_listed if {
	right_access.report.status == "pass" with input as es("## Sus derechos\n\n- Acceso a sus datos.\n- Supresión.")
}

test_right_access_pass_aepd_table if {
	right_access.report.status == "pass" with input as es("| Epígrafe | Información básica |\n|---|---|\n| Derechos | Acceder, rectificar y suprimir los datos, así como otros derechos. |")
}

test_right_access_fail_service_access if {
	right_access.report.status == "fail" with input as es("Puede acceder a nuestros servicios desde cualquier dispositivo.")
}

test_right_access_fail_cannot_exercise if {
	right_access.report.status == "fail" with input as es("Una vez expirado dicho periodo, los derechos de acceso y rectificación no podrán ejercerse.")
}

test_right_access_fail_listed_outside_rights if {
	right_access.report.status == "fail" with input as es("## Seguridad\n\n- Acceso a sus datos.")
}

test_right_rectification_pass_derecho if {
	right_rectification.report.status == "pass" with input as es("Tiene derecho a la rectificación de los datos inexactos.")
}

test_right_rectification_pass_update if {
	right_rectification.report.status == "pass" with input as es("Los usuarios tienen derecho a solicitar que sus datos se actualicen o corrijan.")
}

test_right_rectification_pass_listed if {
	right_rectification.report.status == "pass" with input as es("## Derechos de los usuarios\n\n- Verificar y solicitar la modificación.")
}

test_right_rectification_fail_settings if {
	right_rectification.report.status == "fail" with input as es("Puede modificar sus preferencias de cookies en la configuración del navegador.")
}

test_right_erasure_pass_supresion if {
	right_erasure.report.status == "pass" with input as es("Tiene derecho a la supresión de sus datos.")
}

test_right_erasure_pass_olvido if {
	right_erasure.report.status == "pass" with input as es("También le asiste el derecho al olvido.")
}

test_right_erasure_pass_request_delete if {
	right_erasure.report.status == "pass" with input as es("Puedes solicitar que eliminemos cualquier dato personal que tengamos sobre ti.")
}

test_right_erasure_fail_cookies if {
	right_erasure.report.status == "fail" with input as es("Puede eliminar las cookies desde su navegador.")
}

test_right_erasure_fail_cannot if {
	right_erasure.report.status == "fail" with input as es("Los mensajes enviados no se pueden borrar.")
}

test_right_restriction_pass_limitacion if {
	right_restriction.report.status == "pass" with input as es("Podrá solicitar la limitación del tratamiento de sus datos.")
}

test_right_restriction_pass_enumeration if {
	right_restriction.report.status == "pass" with input as es("Puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación y portabilidad.")
}

test_right_restriction_fail_access_limited if {
	right_restriction.report.status == "fail" with input as es("El acceso a determinadas áreas está restringido a usuarios registrados.")
}

test_right_object_pass_oposicion if {
	right_object.report.status == "pass" with input as es("Tiene derecho de oposición al tratamiento de sus datos.")
}

test_right_object_pass_oponerse_marketing if {
	right_object.report.status == "pass" with input as es("Puede oponerse en cualquier momento al tratamiento de sus datos con fines de mercadotecnia directa.")
}

test_right_object_fail_unsubscribe if {
	right_object.report.status == "fail" with input as es("Puede darse de baja de la newsletter con el enlace que figura en cada correo.")
}

test_right_portability_pass_portabilidad if {
	right_portability.report.status == "pass" with input as es("Tiene derecho a la portabilidad de sus datos.")
}

test_right_portability_pass_format if {
	right_portability.report.status == "pass" with input as es("Los usuarios tienen derecho a recibir sus datos en un formato estructurado, de uso común y lectura mecánica.")
}

test_right_portability_fail_number if {
	right_portability.report.status == "fail" with input as es("La portabilidad del número de teléfono se rige por la normativa de telecomunicaciones.")
}

test_right_portability_fail_absent if {
	right_portability.report.status == "fail" with input as es("Tiene derecho de acceso y rectificación.")
}

test_right_withdraw_consent_pass_retirar if {
	right_withdraw_consent.report.status == "pass" with input as es("Tratamos sus datos con su consentimiento. Puede retirar su consentimiento en cualquier momento.")
}

test_right_withdraw_consent_pass_revocar if {
	right_withdraw_consent.report.status == "pass" with input as es("- Derecho a revocar el consentimiento otorgado.")
}

test_right_withdraw_consent_fail_consent_no_withdrawal if {
	right_withdraw_consent.report.status == "fail" with input as es("La base legal del tratamiento es su consentimiento.")
}

test_right_withdraw_consent_fail_by_using if {
	right_withdraw_consent.report.status == "fail" with input as es("Al navegar por este sitio web, usted acepta el uso de cookies.")
}

test_right_withdraw_consent_na_no_consent if {
	right_withdraw_consent.report.status == "not_applicable" with input as es("Tratamos sus datos para ejecutar el contrato de compraventa.")
}

test_right_withdraw_consent_na_not_needed if {
	right_withdraw_consent.report.status == "not_applicable" with input as es("No necesitamos su consentimiento para este tratamiento.")
}

test_right_complaint_pass_aepd if {
	right_complaint.report.status == "pass" with input as es("Puede presentar una reclamación ante la Agencia Española de Protección de Datos (www.aepd.es).")
}

test_right_complaint_pass_authority if {
	right_complaint.report.status == "pass" with input as es("Los usuarios tienen derecho a poner una reclamación ante la autoridad de control competente.")
}

test_right_complaint_fail_company_only if {
	right_complaint.report.status == "fail" with input as es("Si tiene una queja, escríbanos a reclamaciones@acme.es y la atenderemos.")
}

test_right_complaint_fail_defence if {
	right_complaint.report.status == "fail" with input as es("Los datos bloqueados solo se conservarán para la defensa de reclamaciones ante la Agencia Española de Protección de Datos.")
}

test_statutory_contractual_pass_mandatory if {
	statutory_contractual.report.status == "pass" with input as es("Todos los datos solicitados son obligatorios y la negativa a proporcionarlos impedirá la prestación del servicio.")
}

test_statutory_contractual_pass_asterisk if {
	statutory_contractual.report.status == "pass" with input as es("Los campos marcados con un asterisco son obligatorios.")
}

test_statutory_contractual_pass_voluntary if {
	statutory_contractual.report.status == "pass" with input as es("El usuario puede facilitar voluntariamente su número de teléfono.")
}

test_statutory_contractual_fail_minimisation if {
	statutory_contractual.report.status == "fail" with input as es("La aplicación solo recoge los datos estrictamente necesarios para funcionar.")
}

test_statutory_contractual_fail_we_obliged if {
	statutory_contractual.report.status == "fail" with input as es("Estamos obligados a conservar las facturas durante seis años.")
}

test_automated_decisions_pass_no_profiling if {
	automated_decisions.report.status == "pass" with input as es("Nuestra política es no elaborar perfiles sobre los usuarios de nuestros servicios.")
}

test_automated_decisions_pass_profiling_used if {
	automated_decisions.report.status == "pass" with input as es("Utilizamos la elaboración de perfiles para recomendarte contenido según tu actividad.")
}

test_automated_decisions_pass_heading_practice if {
	automated_decisions.report.status == "pass" with input as es("## Decisiones automatizadas\n\nNo realizamos este tipo de tratamiento.")
}

test_automated_decisions_fail_right_only if {
	automated_decisions.report.status == "fail" with input as es("Tiene derecho a no ser objeto de decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles.")
}

test_automated_decisions_fail_no_ads if {
	automated_decisions.report.status == "fail" with input as es("La aplicación no incluye ninguna librería de anuncios o rastreadores.")
}

test_children_pass_under_14 if {
	children.report.status == "pass" with input as es("Nuestros servicios no están dirigidos a menores de 14 años.")
}

test_children_pass_at_least_16 if {
	children.report.status == "pass" with input as es("Si no tienen al menos 16 años de edad, no pueden hacer uso de nuestros servicios.")
}

test_children_pass_parents if {
	children.report.status == "pass" with input as es("Los menores necesitarán el consentimiento de sus padres o tutores.")
}

test_children_fail_absent if {
	children.report.status == "fail" with input as es("Tratamos los datos de nuestros clientes con confidencialidad.")
}

test_last_updated_pass_ultima if {
	last_updated.report.status == "pass" with input as es("Última actualización: 3 de marzo de 2023")
}

test_last_updated_pass_numeric if {
	last_updated.report.status == "pass" with input as es("Esta política de privacidad se actualizó por última vez el 13-02-2022.")
}

test_last_updated_pass_city_date if {
	last_updated.report.status == "pass" with input as es("Madrid, 24 de mayo de 2018")
}

test_last_updated_fail_law_date if {
	last_updated.report.status == "fail" with input as es("De conformidad con la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos.")
}

test_changes_pass_notify if {
	changes.report.status == "pass" with input as es("Le notificaremos cualquier cambio sustancial de esta política por correo electrónico.")
}

test_changes_pass_this_page if {
	changes.report.status == "pass" with input as es("El Titular se reserva el derecho de modificar esta política, notificándolo a los usuarios a través de esta página.")
}

test_changes_pass_check_periodically if {
	changes.report.status == "pass" with input as es("Es recomendable comprobar esta política de privacidad de manera periódica para ver si se producen cambios.")
}

test_changes_fail_reserve_only if {
	changes.report.status == "fail" with input as es("Nos reservamos el derecho a modificar la presente política para adaptarla a novedades legislativas.")
}

# Generalisation to unseen policies: an optional sign-up or connection, data
# needed to open an account, tracking opt-outs phrased as "oponerse", safety
# advice about children, analytics SDKs (recipients, not sources), a name
# that engages processors, and a revoked permission.
test_statutory_contractual_pass_registration_optional if {
	statutory_contractual.report.status == "pass" with input as es("El registro es totalmente opcional.")
}

test_statutory_contractual_pass_connection_optional_not_needed if {
	statutory_contractual.report.status == "pass" with input as es("La conexión con tu cuenta de Google es voluntaria y no es necesaria para jugar.")
}

test_statutory_contractual_pass_no_need_to_register if {
	statutory_contractual.report.status == "pass" with input as es("No necesitas registrarte para utilizar la aplicación.")
}

test_statutory_contractual_fail_connection_encrypted if {
	statutory_contractual.report.status == "fail" with input as es("La conexión con nuestros servidores está cifrada y no es necesario que hagas nada.")
}

test_statutory_contractual_pass_to_create_account_we_need if {
	statutory_contractual.report.status == "pass" with input as es("Para que puedas crear una cuenta y usar nuestros servicios, necesitamos recopilar cierta información.")
}

test_statutory_contractual_pass_we_need_email_for_account if {
	statutory_contractual.report.status == "pass" with input as es("Necesitamos su dirección de correo electrónico para crear su cuenta.")
}

test_statutory_contractual_fail_we_need_data_to_improve if {
	statutory_contractual.report.status == "fail" with input as es("Necesitamos recopilar información para mejorar nuestros servicios.")
}

test_statutory_contractual_fail_to_use_we_need_consent if {
	statutory_contractual.report.status == "fail" with input as es("Para que puedas usar la app sin anuncios, necesitamos tu consentimiento.")
}

test_children_fail_supervision_advice if {
	children.report.status == "fail" with input as es("No dejes a niños menores de 13 años sin vigilancia cuando estén utilizando dispositivos móviles.")
}

test_children_pass_under_14_need_parental_supervision if {
	children.report.status == "pass" with input as es("Los menores de 14 años no pueden registrarse sin la supervisión de sus padres.")
}

test_data_sources_fail_analytics_sdk if {
	data_sources.report.status == "fail" with input as es("El juego recopila y envía a través del SDK de Firebase Analytics la siguiente información: modelo del dispositivo y versión del sistema operativo.")
}

test_data_sources_fail_heading_play_games if {
	data_sources.report.status == "fail" with input as es("## Información recopilada como parte de Google Play Games\n\nTu puntuación se muestra a tus amigos.")
}

test_data_sources_pass_received_from_facebook if {
	data_sources.report.status == "pass" with input as es("Si te registras con Facebook, recibimos de Facebook tu nombre y tu correo electrónico.")
}

test_right_object_fail_pixel_opt_out if {
	right_object.report.status == "fail" with input as es("Puede oponerse a la recopilación de sus datos por el píxel de Facebook a través de https://www.facebook.com/settings?tab=ads.")
}

test_right_object_fail_analytics_browser_add_on if {
	right_object.report.status == "fail" with input as es("Puedes oponerte a la recopilación de datos mediante Google Analytics instalando el complemento del navegador de exclusión voluntaria.")
}

test_right_object_pass_object_by_email if {
	right_object.report.status == "pass" with input as es("Puede oponerse a la recopilación de sus datos con fines comerciales escribiéndonos a privacidad@acme.es.")
}

test_right_object_pass_object_to_collection_by_us if {
	right_object.report.status == "pass" with input as es("Puede oponerse a la recopilación de sus datos por parte de Acme en cualquier momento.")
}

test_controller_identity_pass_name_uses_providers if {
	controller_identity.report.status == "pass" with input as es("Acme utiliza proveedores externos y socios de alojamiento para ejecutar nuestro servicio.")
}

test_controller_identity_pass_name_asks_permission if {
	controller_identity.report.status == "pass" with input as es("Acme te solicitará permiso para acceder a tus contactos. Nunca publicamos nada en tu nombre desde nuestra aplicación.")
}

test_controller_identity_fail_vendor_uses_providers if {
	controller_identity.report.status == "fail" with input as es("Google utiliza proveedores externos para sus servicios. Nosotros no compartimos tus datos.")
}

test_controller_identity_fail_we_use_providers if {
	controller_identity.report.status == "fail" with input as es("Utilizamos proveedores externos para alojar nuestro sitio web.")
}

test_right_withdraw_consent_pass_revoke_permission if {
	right_withdraw_consent.report.status == "pass" with input as es("Si activas la sincronización, estás permitiendo que Google procese tu nombre. Puedes revocar el permiso en cualquier momento desde los ajustes de tu cuenta.")
}

test_right_withdraw_consent_fail_permission_no_withdrawal if {
	right_withdraw_consent.report.status == "fail" with input as es("Si activas la sincronización, estás permitiendo que Google procese tu nombre.")
}

test_right_withdraw_consent_na_cancel_subscription if {
	right_withdraw_consent.report.status == "not_applicable" with input as es("Puedes cancelar tu suscripción en cualquier momento.")
}

test_li_pass_list_of_interests if {
	doc := es("Nos basamos en nuestros intereses legítimos. Nuestros intereses legítimos son:\n\n- la seguridad de nuestros sistemas\n")
	legitimate_interests.report.status == "pass" with input as doc
}

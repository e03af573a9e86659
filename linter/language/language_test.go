package language

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// samples are privacy-policy paragraphs written for these tests, one per
// language.
var samples = map[string]string{
	"en": `We collect the personal data you give us when you create an account, such as your name and
		email address. We use this information to provide the service, to answer your questions and to
		improve our products. We do not sell your data to third parties. You have the right to access,
		correct or delete your data at any time, and you may lodge a complaint with a supervisory authority.`,
	"de": `Wir verarbeiten Ihre personenbezogenen Daten nur, wenn Sie uns diese bei der Registrierung
		mitteilen oder wenn dies für die Erfüllung eines Vertrags erforderlich ist. Die Daten werden nicht
		an Dritte weitergegeben. Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten
		sowie das Recht, sich bei einer Aufsichtsbehörde zu beschweren.`,
	"fr": `Nous collectons les données personnelles que vous nous fournissez lors de la création de votre
		compte, comme votre nom et votre adresse électronique. Ces données sont utilisées pour fournir le
		service et ne sont pas vendues à des tiers. Vous disposez d'un droit d'accès, de rectification et
		d'effacement de vos données, ainsi que du droit d'introduire une réclamation auprès de la CNIL.`,
	"es": `Recopilamos los datos personales que usted nos facilita al crear una cuenta, como su nombre y su
		dirección de correo electrónico. Utilizamos estos datos para prestar el servicio y no los vendemos a
		terceros. Usted tiene derecho a acceder a sus datos, rectificarlos o suprimirlos en cualquier momento,
		así como a presentar una reclamación ante la autoridad de control.`,
	"it": `Raccogliamo i dati personali che ci fornisci al momento della registrazione, come il nome e
		l'indirizzo email. Utilizziamo questi dati per fornire il servizio e non li vendiamo a terzi. Hai il
		diritto di accedere ai tuoi dati, di chiederne la rettifica o la cancellazione in qualsiasi momento e
		di proporre reclamo all'autorità di controllo.`,
	"nl": `Wij verzamelen de persoonsgegevens die u ons verstrekt wanneer u een account aanmaakt, zoals uw
		naam en e-mailadres. Wij gebruiken deze gegevens om de dienst te leveren en verkopen ze niet aan
		derden. U heeft het recht om uw gegevens in te zien, te laten corrigeren of te laten verwijderen, en
		u kunt een klacht indienen bij de Autoriteit Persoonsgegevens.`,
	"pt": `Recolhemos os dados pessoais que você nos fornece ao criar uma conta, como o seu nome e o seu
		endereço de email. Utilizamos estes dados para prestar o serviço e não os vendemos a terceiros. Você
		tem o direito de aceder aos seus dados, de os corrigir ou de os apagar a qualquer momento, bem como de
		apresentar uma reclamação à autoridade de controlo.`,
	"pl": `Zbieramy dane osobowe, które przekazujesz nam podczas zakładania konta, takie jak imię i adres
		e-mail. Wykorzystujemy te dane do świadczenia usługi i nie sprzedajemy ich osobom trzecim. Masz prawo
		dostępu do swoich danych, ich sprostowania lub usunięcia w dowolnym momencie, a także prawo do
		wniesienia skargi do organu nadzorczego.`,
	"sv": `Vi samlar in de personuppgifter som du lämnar till oss när du skapar ett konto, till exempel ditt
		namn och din e-postadress. Vi använder uppgifterna för att tillhandahålla tjänsten och säljer dem inte
		till tredje part. Du har rätt att få tillgång till, rätta eller radera dina uppgifter och att lämna
		klagomål till Integritetsskyddsmyndigheten.`,
	"da": `Vi indsamler de personoplysninger, som du giver os, når du opretter en konto, for eksempel dit navn
		og din e-mailadresse. Vi bruger oplysningerne til at levere tjenesten og sælger dem ikke til
		tredjeparter. Du har ret til at få indsigt i, berigtige eller slette dine oplysninger og til at klage
		til Datatilsynet, hvis du er utilfreds med vores behandling.`,
}

func TestDetectSamples(t *testing.T) {
	for want, text := range samples {
		got, conf := Detect(text)
		if got != want {
			t.Errorf("Detect(%s sample) = %q (%.2f), want %q", want, got, conf, want)
			continue
		}
		if conf <= 0 || conf > 1 {
			t.Errorf("Detect(%s sample) confidence %.2f, want in (0, 1]", want, conf)
		}
	}
}

func TestDetectTooLittle(t *testing.T) {
	for _, text := range []string{
		"",
		"   \n\t ",
		"Privacy Policy",
		"We do not sell your data.",
		"1234 5678 !!! ??? ... ---",
		"Google Analytics, Stripe, Postmark, Cloudflare, AWS, Zendesk, MailerLite, Mixpanel, Notion, Slack, " +
			"GitHub, GitLab, Intercom, HubSpot, Segment, Sentry, Datadog, Twilio, SendGrid, Mailchimp, Hotjar",
	} {
		if got, conf := Detect(text); got != "" || conf != 0 {
			t.Errorf("Detect(%q) = %q, %.2f; want \"\", 0", text, got, conf)
		}
	}
}

func TestDetectMixed(t *testing.T) {
	// Half English, half German: neither clearly wins, or if one does, it
	// must not be claimed with the confidence that overrides a declaration.
	mixed := samples["en"] + "\n" + samples["de"]
	got, conf := Detect(mixed)
	if got != "" && got != "en" && got != "de" {
		t.Errorf("Detect(en+de) = %q", got)
	}
	if Choose("en", got, conf) != "en" || Choose("de", got, conf) != "de" {
		t.Errorf("Detect(en+de) = %q (%.2f) overrides a declared en or de", got, conf)
	}

	// A German policy in an English page template: a menu and footer in
	// English around much German text is German.
	page := "Home About Pricing Blog Contact Sign in\n" + strings.Repeat(samples["de"]+"\n", 3) +
		"Copyright 2024 Example Inc. All rights reserved. Terms of Service"
	if got, conf := Detect(page); got != "de" || Choose("en", got, conf) != "de" {
		t.Errorf("German policy in English template: Detect = %q (%.2f), Choose = %q", got, conf, Choose("en", got, conf))
	}
}

func TestDetectConfidenceGrowsWithText(t *testing.T) {
	_, short := Detect(strings.Join(strings.Fields(samples["fr"])[:25], " "))
	_, long := Detect(strings.Repeat(samples["fr"]+" ", 4))
	if !(short < long) {
		t.Errorf("confidence of 25 words %.2f, of 4 paragraphs %.2f: want the first lower", short, long)
	}
}

func TestDetectSamplesOnlyTheStart(t *testing.T) {
	// An English policy followed by a long German appendix is English: only
	// the first 20,000 bytes are read.
	text := strings.Repeat(samples["en"]+"\n", 60) + strings.Repeat(samples["de"]+"\n", 200)
	if got, _ := Detect(text); got != "en" {
		t.Errorf("Detect = %q, want en", got)
	}
	// Cutting inside a multi-byte character must not matter.
	text = strings.Repeat("ä", sampleSize) + samples["de"]
	Detect(text)
}

func TestChoose(t *testing.T) {
	for _, c := range []struct {
		declared, detected string
		conf               float64
		want               string
	}{
		{"", "", 0, ""},
		{"", "de", 0.2, "de"},
		{"en", "", 0, "en"},
		{"en", "en", 0.9, "en"},
		{"en-US", "en", 0.9, "en"},
		{"de_DE", "", 0, "de"},
		{"en", "de", 0.9, "de"}, // English template around a German policy
		{"en", "de", 0.3, "en"}, // not clear enough to overrule the markup
		{"fr", "es", 0.6, "es"},
		{" FR ", "fr", 0.1, "fr"},
	} {
		if got := Choose(c.declared, c.detected, c.conf); got != c.want {
			t.Errorf("Choose(%q, %q, %.1f) = %q, want %q", c.declared, c.detected, c.conf, got, c.want)
		}
	}
}

func TestName(t *testing.T) {
	for code, want := range map[string]string{
		"de": "German", "en": "English", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
		"pt": "Portuguese", "pl": "Polish", "sv": "Swedish", "da": "Danish", "de-AT": "German",
		"xx": "xx", "": "",
	} {
		if got := Name(code); got != want {
			t.Errorf("Name(%q) = %q, want %q", code, got, want)
		}
	}
	for _, l := range Supported() {
		if Name(l) == l {
			t.Errorf("Supported language %q has no name", l)
		}
	}
}

var (
	scriptRe = regexp.MustCompile(`(?is)<(script|style|noscript|svg)\b.*?</(script|style|noscript|svg)>`)
	tagRe    = regexp.MustCompile(`(?s)<[^>]*>`)
	entityRe = regexp.MustCompile(`&[a-zA-Z#0-9]+;`)
)

// TestDetectCorpus checks Detect against the language labels of the corpus.
func TestDetectCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "corpus")
	checked := 0
	for _, labels := range []string{"labels.json", "labels-multilingual.json"} {
		raw, err := os.ReadFile(filepath.Join(dir, labels))
		if err != nil {
			t.Fatalf("reading labels: %v", err)
		}
		var docs map[string]struct {
			File     string `json:"file"`
			Language string `json:"language"`
		}
		if err := json.Unmarshal(raw, &docs); err != nil {
			t.Fatalf("%s: %v", labels, err)
		}
		names := make([]string, 0, len(docs))
		for n := range docs {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			doc := docs[n]
			if doc.Language == "" {
				continue
			}
			src, err := os.ReadFile(filepath.Join(dir, filepath.Base(doc.File)))
			if err != nil {
				t.Errorf("%s: %v", n, err)
				continue
			}
			text := string(src)
			if strings.HasSuffix(doc.File, ".html") {
				text = entityRe.ReplaceAllString(tagRe.ReplaceAllString(scriptRe.ReplaceAllString(text, " "), " "), " ")
			}
			got, conf := Detect(text)
			if got != doc.Language {
				t.Errorf("%s: Detect = %q (%.2f), labelled %q", n, got, conf, doc.Language)
			}
			checked++
		}
	}
	if checked < 20 {
		t.Errorf("checked only %d labelled documents", checked)
	}
}

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat(samples["en"]+"\n", 100)
	b.SetBytes(sampleSize)
	for b.Loop() {
		Detect(text)
	}
}

package document

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"We collect data. We use it.", []string{"We collect data.", "We use it."}},
		{"Contact Acme Inc. at 1 Main St. Berlin. Then wait.", []string{"Contact Acme Inc. at 1 Main St. Berlin.", "Then wait."}},
		{"Data, e.g. your name, is kept. See Art. 6 GDPR.", []string{"Data, e.g. your name, is kept.", "See Art. 6 GDPR."}},
		{"Version 2.1 applies. Done!", []string{"Version 2.1 applies.", "Done!"}},
		{`He said "stop." Then left.`, []string{`He said "stop."`, "Then left."}},
		{"no terminal punctuation", []string{"no terminal punctuation"}},
		{"¿Qué datos? ¡Todos! Fin.", []string{"¿Qué datos?", "¡Todos!", "Fin."}},
	}
	for _, c := range cases {
		if got := Sentences(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Sentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBuilderPathsAndPositions(t *testing.T) {
	src := "# A\n\npara one\n## B\n  item\n# C\n"
	b := NewBuilder(src)
	b.Add(Heading, 1, "A", 2, 2)
	b.Add(Paragraph, 0, "para one", 5, 12)
	b.Add(Heading, 2, "B", 17, 17)
	b.Add(ListItem, 0, " item ", 21, 24)
	b.Add(Heading, 1, "C", 28, 28)
	b.Add(Paragraph, 0, "   ", 30, 30) // empty: dropped
	cl := b.Clauses()
	if len(cl) != 5 {
		t.Fatalf("got %d clauses, want 5", len(cl))
	}
	if !reflect.DeepEqual(cl[3].Path, []string{"A", "B"}) || cl[3].Section != 2 || cl[3].Text != "item" {
		t.Errorf("item clause = %+v", cl[3])
	}
	if cl[3].Start != (Position{Line: 5, Column: 3}) {
		t.Errorf("item position = %+v", cl[3].Start)
	}
	if len(cl[4].Path) != 0 || cl[4].Section != -1 {
		t.Errorf("second h1 should close the first: %+v", cl[4])
	}
}

func TestLineIndexCRLFAndRunes(t *testing.T) {
	src := "é1\r\nab\rc"
	li := NewLineIndex(src)
	if p := li.Position(2); p != (Position{1, 2}) {
		t.Errorf("offset 2 = %+v", p)
	}
	if p := li.Position(6); p != (Position{2, 2}) {
		t.Errorf("offset 6 = %+v", p)
	}
	if p := li.Position(8); p != (Position{3, 1}) {
		t.Errorf("offset 8 = %+v", p)
	}
}

// TestLineIndexIncremental: positions asked in any order agree with a count
// from the start of the line.
func TestLineIndexIncremental(t *testing.T) {
	src := "ä b c\nd é f g"
	li := NewLineIndex(src)
	for _, off := range []int{0, 3, 5, 6, 2, 8, 12, 9, 7, 14} {
		got := li.Position(off)
		fresh := NewLineIndex(src).Position(off)
		if got != fresh {
			t.Errorf("offset %d: %+v, want %+v", off, got, fresh)
		}
	}
}

// Citations and abbreviations of German, French and Spanish policies do not
// end sentences; their own punctuation does.
func TestSentencesOtherLanguages(t *testing.T) {
	cases := map[string][]string{
		"Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO. Wir speichern Ihre Daten.": {
			"Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO.", "Wir speichern Ihre Daten."},
		"Wir verarbeiten Daten, z. B. Ihre E-Mail-Adresse, gem. Art. 6 DSGVO. Sie haben Rechte.": {
			"Wir verarbeiten Daten, z. B. Ihre E-Mail-Adresse, gem. Art. 6 DSGVO.", "Sie haben Rechte."},
		"Vous disposez d'un droit d'accès (cf. Art. 15 RGPD). Contactez-nous !": {
			"Vous disposez d'un droit d'accès (cf. Art. 15 RGPD).", "Contactez-nous !"},
		"¿Qué derechos tiene? Puede ejercer sus derechos. ¡Contáctenos!": {
			"¿Qué derechos tiene?", "Puede ejercer sus derechos.", "¡Contáctenos!"},
		"Stand: 17. Juli 2026. Diese Erklärung gilt seit dem 25. Mai 2018.": {
			"Stand: 17. Juli 2026.", "Diese Erklärung gilt seit dem 25. Mai 2018."},
		"Nutzer müssen das 16. Lebensjahr vollendet haben. Sie haben Rechte nach Art. 15 ff. DSGVO.": {
			"Nutzer müssen das 16. Lebensjahr vollendet haben.", "Sie haben Rechte nach Art. 15 ff. DSGVO."},
		"Anschrift: Beispiel GmbH, Rhein-Str. 5, 50667 Köln. Wir antworten bald.": {
			"Anschrift: Beispiel GmbH, Rhein-Str. 5, 50667 Köln.", "Wir antworten bald."},
		"We updated it in 2018. The changes apply now.": {
			"We updated it in 2018.", "The changes apply now."},
		"El responsable es Acme S.L.U. Con domicilio en Madrid, Ctra. de Burgos, km 5. Ver apdo. 3 del aviso legal.": {
			"El responsable es Acme S.L.U. Con domicilio en Madrid, Ctra. de Burgos, km 5.", "Ver apdo. 3 del aviso legal."},
		// French puts a (narrow) non-breaking space before ? ! : ; and inside
		// guillemets; the text is folded before it is split.
		Fold("Quels sont vos droits\u202f? Vous pouvez nous écrire\u00a0: «\u00a0contact\u00a0». Merci\u202f!"): {
			"Quels sont vos droits ?", "Vous pouvez nous écrire : « contact ».", "Merci !"},
		"Sie können uns schreiben: „Widerspruch“. Wir antworten.": {
			"Sie können uns schreiben: „Widerspruch“.", "Wir antworten."},
		"Le traitement est fondé sur l'art. 6 du RGPD, al. 1. Tél. 01 23 45 67 89. Écrivez-nous.": {
			"Le traitement est fondé sur l'art. 6 du RGPD, al. 1.", "Tél. 01 23 45 67 89.", "Écrivez-nous."},
		"La sede está en Avda. de la Constitución, núm. 12, Madrid. Escríbanos.": {
			"La sede está en Avda. de la Constitución, núm. 12, Madrid.", "Escríbanos."},
	}
	for text, want := range cases {
		if got := Sentences(text); !reflect.DeepEqual(got, want) {
			t.Errorf("Sentences(%q) =\n%q\nwant\n%q", text, got, want)
		}
	}
}

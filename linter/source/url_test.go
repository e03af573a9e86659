package source

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// policyServer serves the cases the URL tests need.
func policyServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	latin15 := latin(t, charmap.ISO8859_15, "<p>Prices in €, données</p>")
	mux.HandleFunc("/latin", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-15")
		_, _ = w.Write(latin15)
	})
	typed := func(ct, body string) http.HandlerFunc {
		return func(w http.ResponseWriter, _ *http.Request) {
			if ct == "" {
				w.Header()["Content-Type"] = nil // no sniffed type either
			} else {
				w.Header().Set("Content-Type", ct)
			}
			_, _ = w.Write([]byte(body))
		}
	}
	mux.HandleFunc("/markdown", typed("text/markdown; charset=utf-8", "Plain words"))
	mux.HandleFunc("/plain", typed("text/plain", "# Not a heading here"))
	mux.HandleFunc("/raw/policy.md", typed("text/plain; charset=utf-8", "# Privacy"))
	mux.HandleFunc("/untyped/policy.html", typed("", "just words"))
	mux.HandleFunc("/untyped/policy", typed("", "<!doctype html><p>words</p>"))
	mux.HandleFunc("/pdf", typed("application/pdf", "%PDF-1.4\n"))
	mux.HandleFunc("/redirect/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/redirect/"))
		if n == 0 {
			http.Redirect(w, r, "/markdown", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/redirect/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/policy.txt", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	big := strings.Repeat("policy words ", 200) // 2,600 bytes
	mux.HandleFunc("/big", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", strconv.Itoa(len(big)))
		_, _ = w.Write([]byte(big))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 4 {
			_, _ = w.Write([]byte(big[:650]))
			w.(http.Flusher).Flush() // no Content-Length: the limit must stop the read
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func fetch(t *testing.T, url string, opts Options) (Content, error) {
	t.Helper()
	srcs, err := Expand([]string{url}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 1 || srcs[0].Name != url || srcs[0].Path != "" {
		t.Fatalf("Expand(%s) = %+v", url, srcs)
	}
	return srcs[0].Read(context.Background())
}

func TestURL(t *testing.T) {
	srv := policyServer(t)
	tests := []struct {
		path          string
		format, text  string
		charset       string
		redirectsLeft int
	}{
		{path: "/latin", format: "html", text: "<p>Prices in €, données</p>", charset: "iso-8859-15"},
		{path: "/markdown", format: "markdown", text: "Plain words", charset: "utf-8"},
		{path: "/plain", format: "text", text: "# Not a heading here", charset: "utf-8"},
		{path: "/raw/policy.md", format: "markdown", text: "# Privacy", charset: "utf-8"},
		{path: "/untyped/policy.html", format: "html", text: "just words", charset: "utf-8"},
		{path: "/untyped/policy", format: "html", text: "<!doctype html><p>words</p>", charset: "utf-8"},
		{path: "/redirect/2", format: "markdown", text: "Plain words", charset: "utf-8"}, // 3 redirects
		{path: "/redirect/4", format: "markdown", text: "Plain words", charset: "utf-8"}, // 5, the most allowed
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			c, err := fetch(t, srv.URL+tt.path, Options{MaxSize: DefaultMaxSize})
			if err != nil {
				t.Fatal(err)
			}
			if c.Format != tt.format || c.Text != tt.text || c.Charset != tt.charset {
				t.Errorf("got %+v, want format %s, charset %s, text %q", c, tt.format, tt.charset, tt.text)
			}
		})
	}
}

func TestURLErrors(t *testing.T) {
	srv := policyServer(t)
	tests := []struct {
		path string
		opts Options
		want string
	}{
		{path: "/redirect/5", want: "more than 5 redirects"}, // 6 redirects
		{path: "/to-ftp", want: "redirected to ftp://example.com/policy.txt: only http and https URLs are followed"},
		{path: "/missing", want: "HTTP 404 Not Found"},
		{path: "/broken", want: "HTTP 500 Internal Server Error"},
		{path: "/slow", opts: Options{URLTimeout: 100 * time.Millisecond}, want: "no complete response within 100ms (--url-timeout)"},
		{path: "/big", opts: Options{MaxSize: 1024}, want: "the response is 2.5 KB, over the --max-size limit of 1 KB"},
		{path: "/big-chunked", opts: Options{MaxSize: 1024}, want: "more than 1 KB, over the --max-size limit"},
		{path: "/pdf", want: "a PDF document, not a policy"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			start := time.Now()
			url := srv.URL + tt.path
			_, err := fetch(t, url, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), url+": ") || strings.Count(err.Error(), url) != 1 {
				t.Errorf("the error should name the URL once, in front: %v", err)
			}
			if time.Since(start) > 5*time.Second {
				t.Errorf("took %s", time.Since(start))
			}
		})
	}
}

func TestURLConnectionRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL + "/policy"
	srv.Close()
	_, err := fetch(t, url, Options{})
	if err == nil || !strings.Contains(err.Error(), "cannot fetch") {
		t.Errorf("err = %v", err)
	}
}

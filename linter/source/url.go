package source

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/policylint/policylint/linter/parser"
)

// errRedirect carries the cause of a refused redirect out of the client,
// which would otherwise prefix it with the method and URL.
type errRedirect struct{ msg string }

func (e errRedirect) Error() string { return e.msg }

// checkRedirect follows at most MaxRedirects redirects, and only to http
// and https: a policy URL that ends up on ftp: or file: is a mistake to
// report, not to follow.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return errRedirect{fmt.Sprintf("more than %d redirects", MaxRedirects)}
	}
	if s := req.URL.Scheme; s != "http" && s != "https" {
		return errRedirect{fmt.Sprintf("redirected to %s: only http and https URLs are followed", req.URL.Redacted())}
	}
	return nil
}

// fetch gets a policy over HTTP. The format comes from the Content-Type,
// else from the URL's extension, else from the content; the charset from
// the Content-Type, else from the document.
func (e *env) fetch(ctx context.Context, rawURL string) (Content, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return Content{}, fmt.Errorf("not a valid URL: %w", unwrapURLError(err))
	}
	if u.Host == "" {
		return Content{}, errors.New("not a valid URL: no host")
	}
	ctx, cancel := context.WithTimeout(ctx, e.opts.URLTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), http.NoBody)
	if err != nil {
		return Content{}, fmt.Errorf("not a valid URL: %w", unwrapURLError(err))
	}
	req.Header.Set("User-Agent", "policylint")
	req.Header.Set("Accept", "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, */*;q=0.5")
	resp, err := e.client.Do(req)
	if err != nil {
		return Content{}, e.fetchError(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Content{}, fmt.Errorf("HTTP %s", resp.Status)
	}
	if limit := e.opts.MaxSize; limit > 0 && resp.ContentLength > limit {
		return Content{}, fmt.Errorf("the response is %s, %w of %s", FormatSize(resp.ContentLength), errTooBig, FormatSize(limit))
	}
	data, err := readLimited(resp.Body, e.opts.MaxSize)
	if err != nil {
		if errors.Is(err, errTooBig) {
			return Content{}, err
		}
		return Content{}, e.fetchError(ctx, err)
	}
	format, charset := fromContentType(resp.Header.Get("Content-Type"))
	// After redirects the final URL's extension is the one that describes
	// the content.
	name := path.Base(resp.Request.URL.Path)
	if format == parser.Text {
		// GitHub's raw files and many static servers send every file as
		// text/plain: a .md or .html URL says more.
		if f := parser.Detect(name, nil); f != parser.Text {
			format = f
		}
	}
	return Decode(data, Hint{Name: name, Format: format, Charset: charset})
}

// fetchError gives the cause of a failed request in a few words.
func (e *env) fetchError(ctx context.Context, err error) error {
	var re errRedirect
	if errors.As(err, &re) {
		return re
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || isTimeout(err) {
		return fmt.Errorf("no complete response within %s (--url-timeout)", e.opts.URLTimeout)
	}
	return fmt.Errorf("cannot fetch: %w", unwrapURLError(err))
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// unwrapURLError drops the "Get \"URL\":" prefix of *url.Error: the URL
// already starts the line.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// fromContentType maps a Content-Type to a format ("" when it does not
// tell one) and its charset parameter.
func fromContentType(ct string) (format, charset string) {
	if ct == "" {
		return "", ""
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		// A malformed header may still name the type before the first ";".
		mt, _, _ = strings.Cut(strings.ToLower(ct), ";")
		mt = strings.TrimSpace(mt)
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		format = parser.HTML
	case "text/markdown", "text/x-markdown":
		format = parser.Markdown
	case "text/plain":
		format = parser.Text
	}
	return format, params["charset"]
}

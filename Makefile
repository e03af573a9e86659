# Conveniences; CI runs .ci/run.
.PHONY: test bench bench-go bench-batch

test:
	go test ./...

bench: bench-go bench-batch

# In-process benchmarks: parsing each format, evaluation, the whole check.
bench-go:
	go test -run '^$$' -bench . -benchmem ./linter/ ./linter/parser/

# A batch of 1,000 policies through the binary, timed with /usr/bin/time -v.
bench-batch:
	bash bench/run.sh

#!/usr/bin/env bash
# The steps of action.yml that check the policies and apply the verdict.
# Kept in a file so that the Go tests (cmd/policylint/action_test.go) run it
# exactly as the runner does, with the inputs as environment variables.
#
#   run.sh check    runs policylint on the paths; always exits 0 so that the
#                   SARIF is uploaded even when the check fails, and records
#                   the verdict in GITHUB_OUTPUT:
#                     exit-code=<policylint's exit status>
#                     sarif-file=<INPUT_SARIF_FILE>
#                     sarif-written=true|false
#   run.sh finish   exits with EXIT_CODE (the recorded verdict), explaining a
#                   failure with a workflow error command.
#
# Inputs (environment):
#   INPUT_PATHS        files or glob patterns (** included), separated by
#                      spaces or newlines; a pattern that matches nothing is
#                      an error, a missing file is reported by policylint
#   INPUT_FAIL_LEVEL   error | warning | note (default error)
#   INPUT_SARIF_FILE   where the SARIF report goes (default policylint.sarif)
#   INPUT_CATEGORY     SARIF runAutomationDetails.id (default policylint)
#   INPUT_BASELINE     a baseline file (policylint check --baseline); "" for none
#   INPUT_UPLOAD       true | false: whether the SARIF will be uploaded
#   INPUT_ANNOTATIONS  true | false | auto: print workflow annotations; auto
#                      means only when the SARIF is not uploaded, since code
#                      scanning already shows uploaded alerts on the diff
#   INPUT_SUMMARY      true | false: append a table to the job summary
#   POLICYLINT         the binary (default: policylint on PATH)
set -euo pipefail

error() { # message: as a workflow error command, escaped as the runner expects
	local msg="$1"
	msg="${msg//'%'/%25}"
	msg="${msg//$'\r'/%0D}"
	msg="${msg//$'\n'/%0A}"
	printf '::error title=policylint::%s\n' "$msg"
}

output() { # name value
	if [ -n "${GITHUB_OUTPUT:-}" ]; then
		printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
	fi
}

is_bool() { # name value
	case "$2" in
	true | false) return 0 ;;
	esac
	error "input $1 must be true or false, not '$2'"
	return 1
}

check() {
	local policylint="${POLICYLINT:-policylint}"
	local fail_level="${INPUT_FAIL_LEVEL:-error}"
	local sarif_file="${INPUT_SARIF_FILE:-policylint.sarif}"
	local category="${INPUT_CATEGORY-policylint}"
	local upload="${INPUT_UPLOAD:-true}" summary="${INPUT_SUMMARY:-true}" annotations="${INPUT_ANNOTATIONS:-auto}"
	is_bool upload "$upload" || return 2
	is_bool summary "$summary" || return 2
	case "$annotations" in
	auto) if [ "$upload" = true ]; then annotations=false; else annotations=true; fi ;;
	true | false) ;;
	*)
		error "input annotations must be true, false or auto, not '$annotations'"
		return 2
		;;
	esac
	if [[ "$sarif_file" == *$'\n'* || -z "$sarif_file" ]]; then
		error "input sarif-file must be one file name"
		return 2
	fi

	# Split the input on whitespace without globbing, then expand each
	# pattern on its own so that one matching nothing can be named.
	local -a words files=()
	local -A seen=()
	read -r -d '' -a words <<<"${INPUT_PATHS:-}" || true
	shopt -s globstar nullglob
	local w m
	for w in "${words[@]}"; do
		if [[ "$w" == *[*?[]* ]]; then
			local -a matches=($w)
			if [ "${#matches[@]}" -eq 0 ]; then
				error "paths: no file matches $w"
				return 2
			fi
		else
			local -a matches=("$w")
		fi
		for m in "${matches[@]}"; do
			if [ -z "${seen[$m]+x}" ]; then
				seen[$m]=1
				files+=("$m")
			fi
		done
	done
	shopt -u globstar nullglob
	if [ "${#files[@]}" -eq 0 ]; then
		error "the paths input names no file"
		return 2
	fi

	# A stale report from an earlier run must not be uploaded as this one's.
	rm -f -- "$sarif_file"
	mkdir -p -- "$(dirname -- "$sarif_file")"
	local annotations_file
	annotations_file="$(mktemp "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/policylint-annotations.XXXXXX")"
	# text to the log; github to a file (and, through it, the job summary);
	# SARIF to its file. See "Output formats" in the README for the -o rule.
	local -a args=(check --fail-level "$fail_level"
		--format text --format github -o "$annotations_file" --format sarif -o "$sarif_file")
	if [ -n "$category" ]; then
		args+=(--category "$category")
	fi
	if [ -n "${INPUT_BASELINE:-}" ]; then
		args+=(--baseline "$INPUT_BASELINE")
	fi
	args+=(-- "${files[@]}")

	local status=0
	if [ "$summary" = true ]; then
		"$policylint" "${args[@]}" || status=$?
	else
		(
			unset GITHUB_STEP_SUMMARY
			exec "$policylint" "${args[@]}"
		) || status=$?
	fi
	if [ -s "$sarif_file" ]; then
		sarif_written=true
	fi
	if [ "$annotations" = true ]; then
		cat -- "$annotations_file"
	fi
	rm -f -- "$annotations_file"
	return "$status"
}

finish() {
	case "${EXIT_CODE:-}" in
	0) return 0 ;;
	1)
		error "policylint found failures at or above fail-level ${INPUT_FAIL_LEVEL:-error}"
		return 1
		;;
	"")
		error "policylint did not run: see the earlier steps"
		return 2
		;;
	*)
		error "policylint exited ${EXIT_CODE}: an input could not be checked or an input of the action is wrong (see the log of the check step)"
		return "$EXIT_CODE"
		;;
	esac
}

case "${1:-}" in
check)
	sarif_written=false
	status=0
	check || status=$?
	sarif_file="${INPUT_SARIF_FILE:-policylint.sarif}"
	output exit-code "$status"
	if [[ "$sarif_file" != *$'\n'* ]]; then
		output sarif-file "$sarif_file"
	fi
	output sarif-written "$sarif_written"
	echo "policylint exit status: $status"
	exit 0
	;;
finish)
	finish
	;;
*)
	echo "usage: $0 check|finish" >&2
	exit 2
	;;
esac

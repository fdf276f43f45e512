#!/usr/bin/perl
# Fails when a string would be looked up at run time under another translation context than the
# one lupdate files it under in the .ts: its translation would then never be found. lupdate
# decides a tr() call's context from the scope it is written in; Qt decides it from the tr()
# that is called. They agree for a Q_OBJECT class's own tr() and for an explicit context. So:
#   - no file may define its own tr() helper (a free function or lambda named tr): declare
#     `struct Texts { Q_DECLARE_TR_FUNCTIONS(tandem::Name) };` and call Texts::tr("...");
#   - every Texts::tr("..."), QCoreApplication::translate("ctx", "...") and
#     QT_TRANSLATE_NOOP("ctx", "...") literal must be in the .ts under that very context.
# lupdate's own warning "Class 'X' lacks Q_OBJECT macro" (tr() in a class without one, whose
# strings Qt looks up under the base class) is failed by check-ts.sh.
# Usage: check-contexts.pl TS_FILE SOURCES.lst      Exit 0 when clean, 1 with one line per finding.
use strict;
use warnings;
binmode(STDOUT, ':encoding(UTF-8)');

my ($ts, $list) = @ARGV;
die "usage: check-contexts.pl TS_FILE SOURCES.lst\n" unless defined $list;

sub unescape_xml {
    my ($s) = @_;
    $s =~ s/&lt;/</g;
    $s =~ s/&gt;/>/g;
    $s =~ s/&quot;/"/g;
    $s =~ s/&apos;/'/g;
    $s =~ s/&#x([0-9a-fA-F]+);/chr(hex($1))/ge;
    $s =~ s/&amp;/&/g;
    return $s;
}

# (context, source) pairs of the .ts.
my %filed;
{
    open(my $in, '<:encoding(UTF-8)', $ts) or die "check-contexts: $ts: $!\n";
    local $/;
    my $xml = <$in>;
    while ($xml =~ m{<context>\s*<name>(.*?)</name>(.*?)</context>}gs) {
        my ($context, $body) = (unescape_xml($1), $2);
        while ($body =~ m{<source>(.*?)</source>}gs) {
            $filed{$context}{unescape_xml($1)} = 1;
        }
    }
}

# A C++ string: adjacent literals joined, escapes resolved.
sub cxx_string {
    my ($text) = @_;
    my $out = '';
    while ($text =~ /"((?:[^"\\]|\\.)*)"/g) {
        my $piece = $1;
        $piece =~ s/\\n/\n/g;
        $piece =~ s/\\t/\t/g;
        $piece =~ s/\\(["\\'])/$1/g;
        $out .= $piece;
    }
    return $out;
}

my $literals = qr/((?:\s*"(?:[^"\\]|\\.)*"\s*)+)/;
my $found = 0;
open(my $files, '<', $list) or die "check-contexts: $list: $!\n";
while (my $file = <$files>) {
    chomp $file;
    next unless $file =~ /\.(cpp|h)$/;
    open(my $in, '<:encoding(UTF-8)', $file) or die "check-contexts: $file: $!\n";
    local $/;
    my $code = <$in>;
    $code =~ s{//[^\n]*}{}g; # comments may quote code

    if ($code =~ /\bQString\s+tr\s*\(\s*const\s+char\s*\*/ || $code =~ /\bauto\s+tr\s*=/) {
        print "$file: defines its own tr(); use struct Texts { Q_DECLARE_TR_FUNCTIONS(context) } and Texts::tr()\n";
        $found = 1;
    }
    my %declared;
    while ($code =~ /struct\s+(\w+)\s*\{\s*Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)/g) {
        $declared{$1} = $2;
    }
    my @uses;
    for my $holder (keys %declared) {
        while ($code =~ /\b\Q$holder\E::tr\($literals/g) {
            push @uses, [$declared{$holder}, cxx_string($1)];
        }
    }
    while ($code =~ /\b(?:QCoreApplication|QApplication|QGuiApplication)::translate\(\s*"([^"]+)"\s*,$literals/g) {
        push @uses, [$1, cxx_string($2)];
    }
    while ($code =~ /\bQT_TRANSLATE_NOOP3?\(\s*"([^"]+)"\s*,$literals/g) {
        push @uses, [$1, cxx_string($2)];
    }
    my %macros;
    while ($code =~ /#define\s+(\w+)\(\w+\)\s+QT_TRANSLATE_NOOP\(\s*"([^"]+)"/g) {
        $macros{$1} = $2;
    }
    for my $macro (keys %macros) {
        while ($code =~ /\b\Q$macro\E\($literals\)/g) {
            push @uses, [$macros{$macro}, cxx_string($1)];
        }
    }
    for my $use (@uses) {
        my ($context, $text) = @$use;
        next if $filed{$context}{$text};
        my $short = length($text) > 60 ? substr($text, 0, 57) . '...' : $text;
        $short =~ s/\n/\\n/g;
        print "$file: \"$short\" is looked up under $context but is not filed there in $ts\n";
        $found = 1;
    }
}
exit $found;

#!/usr/bin/perl
# Fails when a shipped translation is incomplete or broken: a message still unfinished or empty
# (a new string nobody translated: the window would show English in the middle of Spanish), or
# a translation that lost or added a placeholder (%1..%99, %L1, %n), whose .arg() would then put
# a value in the wrong place or nowhere. Plural messages need every form.
# Usage: check-complete.pl TS_FILE...      Exit 0 when clean, 1 with one line per finding.
use strict;
use warnings;
binmode(STDOUT, ':encoding(UTF-8)');

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

sub placeholders {
    my ($s) = @_;
    my %seen;
    $seen{$1} = 1 while $s =~ /(%L?\d+|%n)/g;
    return join ' ', sort keys %seen;
}

my $found = 0;
for my $ts (@ARGV) {
    open(my $in, '<:encoding(UTF-8)', $ts) or die "check-complete: $ts: $!\n";
    local $/;
    my $xml = <$in>;
    my ($forms) = (0);
    while ($xml =~ m{<context>\s*<name>(.*?)</name>(.*?)</context>}gs) {
        my ($context, $body) = ($1, $2);
        while ($body =~ m{<message( numerus="yes")?>(.*?)</message>}gs) {
            my ($numerus, $message) = ($1, $2);
            my ($source) = $message =~ m{<source>(.*?)</source>}s;
            $source = unescape_xml($source);
            my $short = length($source) > 50 ? substr($source, 0, 47) . '...' : $source;
            $short =~ s/\n/\\n/g;
            my ($attributes, $translation) = $message =~ m{<translation([^>]*)>(.*?)</translation>}s;
            if (!defined $translation || $attributes =~ /type="(unfinished|vanished|obsolete)"/) {
                next if defined $attributes && $attributes =~ /type="(vanished|obsolete)"/;
                print "$ts: $context: \"$short\" is not translated\n";
                $found = 1;
                next;
            }
            my @texts = $numerus ? ($translation =~ m{<numerusform>(.*?)</numerusform>}gs) : ($translation);
            my $want = placeholders($source);
            for my $text (map { unescape_xml($_) } @texts) {
                if ($text eq '') {
                    print "$ts: $context: \"$short\" has an empty translation\n";
                    $found = 1;
                    next;
                }
                my $have = placeholders($text);
                # A plural form may leave %n out only where the language names the number ("one").
                my $compare = $numerus ? join(' ', grep { $_ ne '%n' } split / /, $want) : $want;
                my $got = $numerus ? join(' ', grep { $_ ne '%n' } split / /, $have) : $have;
                if ($compare ne $got) {
                    print "$ts: $context: \"$short\": the translation has placeholders [$have], the source [$want]\n";
                    $found = 1;
                }
            }
        }
    }
}
exit $found;

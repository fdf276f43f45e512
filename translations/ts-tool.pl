#!/usr/bin/perl
# Helps fill the translations after `update_translations` added new messages, without Qt Linguist.
#
#   ts-tool.pl todo TS_FILE...        prints, as JSON, every unfinished message of the given .ts
#                                     files: [{"context": C, "source": S, "numerus": 0|1,
#                                     "es": "", "fr": "", "ar": ""}, ...] (each message once)
#   ts-tool.pl fill JSON TS_FILE...   writes the translations of JSON (the same shape; "es", "fr",
#                                     "ar" strings, or arrays of plural forms for numerus messages)
#                                     into the .ts files whose language they name, and drops the
#                                     messages lupdate marked vanished or obsolete
#   ts-tool.pl carry FROM_TS TO_TS    copies the finished translations of FROM_TS into the
#                                     unfinished messages of TO_TS with the same context and source
#                                     (after a merge of two branches that each translated theirs)
#
# Run `cmake --build DIR --target update_translations` afterwards: it normalises the files, and
# `translations.complete` says what is still missing.
use strict;
use warnings;
use JSON::PP;

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

sub escape_xml {
    my ($s) = @_;
    $s =~ s/&/&amp;/g;
    $s =~ s/</&lt;/g;
    $s =~ s/>/&gt;/g;
    $s =~ s/"/&quot;/g;
    $s =~ s/'/&apos;/g;
    return $s;
}

sub slurp {
    my ($path) = @_;
    open(my $in, '<:encoding(UTF-8)', $path) or die "ts-tool: $path: $!\n";
    local $/;
    return scalar <$in>;
}

sub spew {
    my ($path, $text) = @_;
    open(my $out, '>:encoding(UTF-8)', $path) or die "ts-tool: $path: $!\n";
    print $out $text;
    close($out) or die "ts-tool: $path: $!\n";
}

sub language_of {
    my ($xml, $path) = @_;
    my ($lang) = $xml =~ m{<TS [^>]*language="([a-z]+)}s;
    die "ts-tool: $path: no language attribute\n" unless $lang;
    return $lang;
}

# Calls $each->(context, source, numerus, translation_xml) for every message; the callback returns
# the new translation element (or undef to drop the message, or the same text to keep it).
sub rewrite_messages {
    my ($xml, $each) = @_;
    $xml =~ s{(<context>\s*<name>)(.*?)(</name>)(.*?)(</context>)}{
        my ($open, $context, $close, $body, $end) = ($1, $2, $3, $4, $5);
        my $ctx = unescape_xml($context);
        $body =~ s{(\n[ \t]*)<message( numerus="yes")?>(.*?)</message>}{
            my ($indent, $numerus, $message) = ($1, $2 ? 1 : 0, $3);
            my ($source) = $message =~ m{<source>(.*?)</source>}s;
            my ($translation) = $message =~ m{(<translation.*?(?:/>|</translation>))}s;
            my $new = $each->($ctx, unescape_xml($source // ''), $numerus, $translation // '');
            if (!defined $new) {
                '';
            } else {
                $message =~ s{\Q$translation\E}{$new}s if defined $translation;
                "$indent<message" . ($numerus ? ' numerus="yes"' : '') . ">$message</message>";
            }
        }gse;
        "$open$context$close$body$end";
    }gse;
    return $xml;
}

sub translation_element {
    my ($value, $numerus) = @_;
    if ($numerus) {
        my @forms = ref $value eq 'ARRAY' ? @$value : ($value);
        return "<translation>\n"
            . join('', map { "            <numerusform>" . escape_xml($_) . "</numerusform>\n" } @forms)
            . "        </translation>";
    }
    return '<translation>' . escape_xml($value) . '</translation>';
}

sub finished_value {
    my ($translation, $numerus) = @_;
    return undef if $translation =~ /type="(?:unfinished|vanished|obsolete)"/;
    if ($numerus) {
        my @forms = map { unescape_xml($_) } $translation =~ m{<numerusform>(.*?)</numerusform>}gs;
        return @forms ? \@forms : undef;
    }
    my ($text) = $translation =~ m{<translation>(.*?)</translation>}s;
    return defined $text && $text ne '' ? unescape_xml($text) : undef;
}

my $command = shift @ARGV // '';
if ($command eq 'todo') {
    my (%seen, @todo);
    for my $ts (@ARGV) {
        my $xml = slurp($ts);
        rewrite_messages($xml, sub {
            my ($context, $source, $numerus, $translation) = @_;
            if ($translation =~ /type="unfinished"/ && !$seen{"$context\x{0}$source"}++) {
                push @todo, { context => $context, source => $source, numerus => $numerus,
                              es => '', fr => '', ar => '' };
            }
            return $translation;
        });
    }
    print JSON::PP->new->utf8(0)->pretty->canonical->encode(\@todo);
} elsif ($command eq 'fill') {
    my $json = shift @ARGV or die "usage: ts-tool.pl fill JSON TS_FILE...\n";
    my $entries = JSON::PP->new->utf8(0)->decode(slurp($json));
    my %by_key = map { ("$_->{context}\x{0}$_->{source}" => $_) } @$entries;
    for my $ts (@ARGV) {
        my $xml = slurp($ts);
        my $lang = language_of($xml, $ts);
        my $filled = 0;
        $xml = rewrite_messages($xml, sub {
            my ($context, $source, $numerus, $translation) = @_;
            return undef if $translation =~ /type="(?:vanished|obsolete)"/;
            my $entry = $by_key{"$context\x{0}$source"};
            return $translation unless $entry && defined $entry->{$lang} && $entry->{$lang} ne '';
            $filled++;
            return translation_element($entry->{$lang}, $numerus);
        });
        spew($ts, $xml);
        print "$ts: $filled filled\n";
    }
} elsif ($command eq 'carry') {
    my ($from, $to) = @ARGV;
    die "usage: ts-tool.pl carry FROM_TS TO_TS\n" unless $from && $to;
    my (%known);
    rewrite_messages(slurp($from), sub {
        my ($context, $source, $numerus, $translation) = @_;
        my $value = finished_value($translation, $numerus);
        $known{"$context\x{0}$source"} = $value if defined $value;
        return $translation;
    });
    my $carried = 0;
    my $xml = rewrite_messages(slurp($to), sub {
        my ($context, $source, $numerus, $translation) = @_;
        return $translation unless $translation =~ /type="unfinished"/;
        my $value = $known{"$context\x{0}$source"};
        return $translation unless defined $value;
        $carried++;
        return translation_element($value, $numerus);
    });
    spew($to, $xml);
    print "$to: $carried carried\n";
} else {
    die "usage: ts-tool.pl todo TS_FILE... | fill JSON TS_FILE... | carry FROM_TS TO_TS\n";
}

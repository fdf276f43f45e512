#!/usr/bin/perl
# Fails when a visible string reaches a widget without tr(): a string literal (a "..." literal,
# QStringLiteral, QLatin1String, QString::fromLatin1/fromUtf8) given straight to a call that puts
# text on screen. A literal is let through when no word is left in it once HTML tags, %1-style
# placeholders, entities and accelerators are taken out ("<b>%1</b>", "&%1  %2"). A line that
# really means to show a literal (a name that is the same in every language) says so with a
# comment containing "notr" and why.
# Usage: check-tr.pl FILE...      Exit 0 when clean, 1 with one line per finding.
use strict;
use warnings;

my $calls = join '|', qw(
    setText setWindowTitle setToolTip setStatusTip setWhatsThis setPlaceholderText setTitle
    setLabelText setTabText addTab insertTab addAction addMenu showMessage setHeaderLabels
    setHorizontalHeaderLabels setSuffix setPrefix setSpecialValueText setButtonText
    setInformativeText setDetailedText setAccessibleName setAccessibleDescription
    setApplicationDescription addItem addItems insertItem
    QLabel QPushButton QToolButton QCheckBox QRadioButton QGroupBox QAction QMenu
    message question information warning critical about showError makeError);
my $literal = qr/(?:QStringLiteral|QLatin1String|QLatin1StringView|QString::fromLatin1|QString::fromUtf8|QString)?\s*\(?\s*"((?:[^"\\]|\\.)*)"/;

my $found = 0;
for my $file (@ARGV) {
    open(my $in, '<', $file) or die "check-tr: $file: $!\n";
    my $n = 0;
    while (my $line = <$in>) {
        ++$n;
        next if $line =~ m{//.*\bnotr\b};
        next if $line =~ m{^\s*//};
        while ($line =~ /\b(?:new\s+)?($calls)\s*\(\s*(?:[\w:>\-.*&]+\s*,\s*)*?$literal/g) {
            my ($call, $text) = ($1, $2);
            my $words = $text;
            $words =~ s/<[^>]*>//g;          # HTML tags
            $words =~ s/%L?\d+//g;           # placeholders
            $words =~ s/&\w+;//g;            # entities
            $words =~ s/\\[nt"]//g;          # escapes
            next unless $words =~ /\p{L}{2,}/;
            print "$file:$n: \"$text\" given to $call() without tr()\n";
            $found = 1;
        }
    }
    close $in;
}
if ($found) {
    print "check-tr: wrap these in tr() (or QCoreApplication::translate), or mark a line that\n"
        . "must show a literal with a // notr comment saying why.\n";
}
exit $found;

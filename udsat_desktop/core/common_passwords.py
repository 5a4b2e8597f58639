"""Passwords that appear at the top of every leaked-password list, with Danish ones added
(seasons, months, football clubs, pets' names, "kodeord"), and this program's own public
demo passphrase. Compared after lower-casing and after stripping leading and trailing digits
and punctuation ("Sommer2024!" is "sommer"), so the list holds the stems."""

from __future__ import annotations

_WORDS = """
123456 123456789 12345678 1234567890 12345 1234567 111111 000000 123123 654321 987654321
1q2w3e4r 1q2w3e4r5t qwerty qwertyuiop qwerty123 asdfgh asdfghjkl zxcvbnm azerty qwertz
password passw0rd password1 p@ssw0rd p@ssword passwort motdepasse contraseña wachtwoord
letmein welcome welcome1 iloveyou admin administrator root login master secret trustno1
abc123 abcdef abcdefg abcdefgh dragon monkey football baseball soccer hockey basketball
sunshine princess shadow superman batman starwars pokemon michael jennifer jordan hunter
killer charlie thomas daniel jessica ashley bailey buster freedom whatever ninja mustang
access flower hello hello123 loveme lovely summer winter spring autumn internet computer
google samsung apple microsoft windows linux changeme default guest test test123 testing
user temp temporary qazwsx qazwsxedc zaq12wsx 1qaz2wsx !qaz2wsx aaaaaa aaaaaaaa
111111111 1111111111 0000000000 11111111 00000000 22222222 88888888 99999999 12341234
123321 147258369 159357 789456123 696969 112233 121212 131313 7777777 5555555 666666
kodeord adgangskode adgangskoden password123 hemmelig hemmeligt hemmelighed sikker sikkerhed
sommer vinter foraar forår efterår efteraar januar februar marts april maj juni juli
august september oktober november december mandag tirsdag onsdag torsdag fredag lørdag
søndag loerdag soendag danmark denmark dansk danske københavn kobenhavn koebenhavn
kbh copenhagen aarhus århus odense aalborg esbjerg randers kolding vejle horsens roskilde
fck brøndby brondby broendby agf ob fcm aab fcn superliga landsholdet dbu fodbold
håndbold haandbold carlsberg tuborg hygge rødgrød rodgrod smørrebrød legoland lego tivoli
kommune kommunen københavnskommune kk jobcenter jobcentret borger borgeren taskforce
velkommen velkommen1 hejsa hej hej123 hejmeddig farvel tak mormor morfar farmor farfar
mor far mormor123 kæreste kaereste skat skatter elskling elsker elskerdig jegelskerdig
kærlighed kaerlighed blomst blomster solskin sol måne maane stjerne himmel hav
hund hunden kat katten fido bella molly luna max charlie rex bamse mis mis123
anders hansen jensen nielsen pedersen andersen christensen larsen sørensen soerensen
rasmussen jørgensen joergensen petersen madsen kristensen olsen thomsen poulsen johansen
mette hanne lone susanne anne kirsten lene pia camilla maria emma ida sofie freja
peter jens lars henrik søren soeren niels morten martin thomas jesper rasmus mikkel frederik
qwertyuiopå asdfghjklæø æøå aeoeaa udsat udsat-desktop udsatdesktop udsat-demo
udsat-demo-2737 demo demo123 kode kode123 kodeord123 nøgle noegle signering underskrift
"""

COMMON_PASSWORDS: frozenset[str] = frozenset(_WORDS.split())

package dev.bulwark.python.source;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPython 3.13's codec registry as far as a coding cookie can reach it: which names it knows,
 * and which of those codecs we can run.
 */
final class CodecRegistry {
  private CodecRegistry() {}

  /** What the registry makes of a declared name. */
  enum Status {
    /** {@link Lookup#codec()} decodes it. */
    FOUND,
    /** Not a codec name at all. */
    UNKNOWN,
    /** A bytes-to-bytes codec such as hex_codec. */
    NOT_TEXT,
    /** The {@code undefined} codec, which fails on any input. */
    UNDEFINED,
    /** A text codec CPython has and we do not. */
    UNSUPPORTED
  }

  /** @param module CPython's module name for the codec, e.g. {@code cp1252}; null when unknown */
  record Lookup(Status status, String module, WholeFileCodec codec) {}

  /**
   * Every codec module of CPython 3.13's {@code encodings} package that a lookup can reach on
   * Linux, each with the aliases that lead to it, taken from {@code encodings.aliases}. Three
   * aliases never work there and are left out: {@code csHPRoman8} (its capitals defeat the
   * lower-cased lookup), {@code ansi} and {@code dbcs} (both lead to Windows-only mbcs).
   */
  private static final String MODULES =
      "ascii=646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii;"
          + "base64_codec=base64 base_64;big5=big5_tw csbig5 x_mac_trad_chinese;"
          + "big5hkscs=big5_hkscs hkscs;bz2_codec=bz2;charmap;"
          + "cp037=037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039;"
          + "cp1006;cp1026=1026 csibm1026 ibm1026;cp1125=1125 cp866u ibm1125 ruscii;"
          + "cp1140=1140 ibm1140;cp1250=1250 windows_1250;cp1251=1251 windows_1251;"
          + "cp1252=1252 windows_1252;cp1253=1253 windows_1253;cp1254=1254 windows_1254;"
          + "cp1255=1255 windows_1255;cp1256=1256 windows_1256;cp1257=1257 windows_1257;"
          + "cp1258=1258 windows_1258;cp273=273 csibm273 ibm273;"
          + "cp424=424 csibm424 ebcdic_cp_he ibm424;cp437=437 cspc8codepage437 ibm437;"
          + "cp500=500 csibm500 ebcdic_cp_be ebcdic_cp_ch ibm500;cp720;cp737;"
          + "cp775=775 cspc775baltic ibm775;cp850=850 cspc850multilingual ibm850;"
          + "cp852=852 cspcp852 ibm852;cp855=855 csibm855 ibm855;cp856;cp857=857 csibm857 ibm857;"
          + "cp858=858 csibm858 ibm858;cp860=860 csibm860 ibm860;cp861=861 cp_is csibm861 ibm861;"
          + "cp862=862 cspc862latinhebrew ibm862;cp863=863 csibm863 ibm863;"
          + "cp864=864 csibm864 ibm864;cp865=865 csibm865 ibm865;cp866=866 csibm866 ibm866;"
          + "cp869=869 cp_gr csibm869 ibm869;cp874;cp875;"
          + "cp932=932 ms932 ms_kanji mskanji windows_31j;cp949=949 ms949 uhc;cp950=950 ms950;"
          + "euc_jis_2004=euc_jis2004 eucjis2004 jisx0213;euc_jisx0213=eucjisx0213;"
          + "euc_jp=eucjp u_jis ujis;"
          + "euc_kr=euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean;"
          + "gb18030=gb18030_2000;"
          + "gb2312=chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese;"
          + "gbk=936 cp936 ms936;hex_codec=hex;hp_roman8=cp1051 ibm1051 r8 roman8;"
          + "hz=hz_gb hz_gb_2312 hzgb;idna;iso2022_jp=csiso2022jp iso2022jp iso_2022_jp;"
          + "iso2022_jp_1=iso2022jp_1 iso_2022_jp_1;iso2022_jp_2=iso2022jp_2 iso_2022_jp_2;"
          + "iso2022_jp_2004=iso2022jp_2004 iso_2022_jp_2004;"
          + "iso2022_jp_3=iso2022jp_3 iso_2022_jp_3;iso2022_jp_ext=iso2022jp_ext iso_2022_jp_ext;"
          + "iso2022_kr=csiso2022kr iso2022kr iso_2022_kr;iso8859_1;"
          + "iso8859_10=csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6;"
          + "iso8859_11=iso_8859_11 iso_8859_11_2001 thai;iso8859_13=iso_8859_13 l7 latin7;"
          + "iso8859_14=iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8;"
          + "iso8859_15=iso_8859_15 l9 latin9;"
          + "iso8859_16=iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10;"
          + "iso8859_2=csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2;"
          + "iso8859_3=csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3;"
          + "iso8859_4=csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4;"
          + "iso8859_5=csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144;"
          + "iso8859_6=arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127;"
          + "iso8859_7=csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126;"
          + "iso8859_8=csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138;"
          + "iso8859_9=csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5;"
          + "johab=cp1361 ms1361;koi8_r=cskoi8r;koi8_t;koi8_u;kz1048=kz_1048 rk1048 strk1048_2002;"
          + "latin_1=8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1;"
          + "mac_arabic;mac_croatian;mac_cyrillic=maccyrillic;mac_farsi;mac_greek=macgreek;"
          + "mac_iceland=maciceland;mac_latin2=mac_centeuro maccentraleurope maclatin2;"
          + "mac_roman=macintosh macroman;mac_romanian;mac_turkish=macturkish;palmos;"
          + "ptcp154=cp154 csptcp154 cyrillic_asian pt154;punycode;"
          + "quopri_codec=quopri quoted_printable quotedprintable;raw_unicode_escape;rot_13=rot13;"
          + "shift_jis=csshiftjis s_jis shiftjis sjis x_mac_japanese;"
          + "shift_jis_2004=s_jis_2004 shiftjis2004 sjis_2004;"
          + "shift_jisx0213=s_jisx0213 shiftjisx0213 sjisx0213;"
          + "tis_620=iso_ir_166 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1;undefined;"
          + "unicode_escape;utf_16=u16 utf16;utf_16_be=unicodebigunmarked utf_16be;"
          + "utf_16_le=unicodelittleunmarked utf_16le;utf_32=u32 utf32;utf_32_be=utf_32be;"
          + "utf_32_le=utf_32le;utf_7=u7 unicode_1_1_utf_7 utf7;"
          + "utf_8=cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4;utf_8_sig;uu_codec=uu;"
          + "zlib_codec=zip zlib";

  private static final Map<String, String> MODULE_OF_NAME = indexModules();

  private static final String NOT_TEXT =
      " base64_codec bz2_codec hex_codec quopri_codec rot_13 uu_codec zlib_codec ";

  /**
   * One-byte codecs: CPython module, Java charset, and CPython's values where Java's differ
   * (see {@link SingleByteCodec#charmap}). Java has no ISO-8859-10 or ISO-8859-14.
   */
  private static final String[][] CHARMAPS = {
    {"latin_1", "ISO-8859-1", ""},
    // CPython's charmap codec with no table is Latin-1.
    {"charmap", "ISO-8859-1", ""},
    {"cp1250", "windows-1250", ""}, {"cp1251", "windows-1251", ""},
    {"cp1252", "windows-1252", ""}, {"cp1253", "windows-1253", ""},
    {"cp1254", "windows-1254", ""}, {"cp1255", "windows-1255", ""},
    {"cp1256", "windows-1256", ""}, {"cp1257", "windows-1257", ""},
    {"cp1258", "windows-1258", ""},
    {"iso8859_2", "ISO-8859-2", ""}, {"iso8859_3", "ISO-8859-3", ""},
    {"iso8859_4", "ISO-8859-4", ""}, {"iso8859_5", "ISO-8859-5", ""},
    {"iso8859_6", "ISO-8859-6", ""}, {"iso8859_7", "ISO-8859-7", ""},
    {"iso8859_8", "ISO-8859-8", ""}, {"iso8859_9", "ISO-8859-9", ""},
    {"iso8859_11", "x-iso-8859-11", ""}, {"iso8859_13", "ISO-8859-13", ""},
    {"iso8859_15", "ISO-8859-15", ""}, {"iso8859_16", "ISO-8859-16", ""},
    {"koi8_r", "KOI8-R", ""}, {"koi8_u", "KOI8-U", ""},
    {"cp874", "x-windows-874", ""},
    {"tis_620", "TIS-620", "80:80 81:81 82:82 83:83 84:84 85:85 86:86 87:87 88:88 89:89 8a:8a 8b:8b"
        + " 8c:8c 8d:8d 8e:8e 8f:8f 90:90 91:91 92:92 93:93 94:94 95:95 96:96 97:97 98:98 99:99"
        + " 9a:9a 9b:9b 9c:9c 9d:9d 9e:9e 9f:9f a0:-"},
    {"mac_roman", "x-MacRoman", ""}, {"mac_latin2", "x-MacCentralEurope", ""},
    {"mac_cyrillic", "x-MacCyrillic", "a2:490 b6:491 ff:20ac"},
    {"mac_greek", "x-MacGreek", "9c:20ac af:b7 ff:ad"},
    {"mac_iceland", "x-MacIceland", "bd:3a9 db:20ac"},
    {"mac_turkish", "x-MacTurkish", "bd:3a9 f5:f8a0"},
    {"mac_croatian", "x-MacCroatian", "bd:3a9 db:20ac"},
    {"mac_romanian", "x-MacRomania", "af:218 bd:3a9 bf:219 db:20ac de:21a df:21b"},
    {"mac_arabic", "x-MacArabic", "a0:20 a1:21 a2:22 a3:23 a4:24 a6:26 a7:27 a8:28 a9:29 aa:2a"
        + " ab:2b ad:2d ae:2e af:2f ba:3a bc:3c bd:3d be:3e c0:274a db:5b dc:5c dd:5d de:5e df:5f"
        + " fb:7b fc:7c fd:7d"},
    {"cp437", "IBM437", ""}, {"cp737", "x-IBM737", ""}, {"cp775", "IBM775", ""},
    {"cp850", "IBM850", ""}, {"cp852", "IBM852", ""}, {"cp855", "IBM855", ""},
    {"cp856", "x-IBM856", "ee:af fa:b7"}, {"cp857", "IBM857", ""}, {"cp858", "IBM00858", ""},
    {"cp860", "IBM860", ""}, {"cp861", "IBM861", ""}, {"cp862", "IBM862", ""},
    {"cp863", "IBM863", ""}, {"cp864", "IBM864", ""}, {"cp865", "IBM865", ""},
    {"cp866", "IBM866", ""}, {"cp869", "IBM869", ""},
    // EBCDIC: CPython does read an ASCII file through these, and so gets nonsense; so do we.
    {"cp037", "IBM037", "15:85"}, {"cp500", "IBM500", "15:85"}, {"cp1026", "IBM1026", "15:85"},
    {"cp1140", "IBM01140", "15:85"}, {"cp273", "IBM273", "15:85 bc:203e"},
    {"cp424", "IBM424", "15:85 b3:b7 bc:af"},
    {"cp875", "x-IBM875", "15:85 dc:1a e1:1a ec:1a ed:1a fc:1a fd:1a"},
    {"cp1006", "x-IBM1006", "b2:fe8e c7:fb84 d5:fec1 d6:fec5 e3:fed9 f9:fef1 fa:fef2 fb:fef3"},
  };

  /** CJK codecs: CPython module (also the name in its messages) and Java charset. */
  private static final String[][] MULTIBYTE = {
    {"euc_jp", "EUC-JP"}, {"shift_jis", "Shift_JIS"}, {"cp932", "windows-31j"},
    {"euc_kr", "EUC-KR"}, {"cp949", "x-windows-949"}, {"johab", "x-Johab"},
    {"gb2312", "GB2312"}, {"gbk", "GBK"}, {"gb18030", "GB18030"},
    {"big5", "Big5"}, {"big5hkscs", "Big5-HKSCS"}, {"cp950", "x-windows-950"},
  };

  private static final Map<String, WholeFileCodec> CODECS = new ConcurrentHashMap<>();

  /**
   * Resolves a name as {@code codecs.lookup} does: lower-case it, turn each run of characters
   * other than letters, digits and dots into one underscore (dropping them at either end), try
   * the result as an alias (again with dots as underscores), then as a module name, which may
   * not contain a dot. So {@code us.ascii} finds ascii through its alias, but {@code latin.1}
   * finds nothing.
   */
  static Lookup lookup(String name) {
    String normalized = normalize(name);
    String module = MODULE_OF_NAME.get("=" + normalized);
    if (module == null) {
      module = MODULE_OF_NAME.get("=" + normalized.replace('.', '_'));
    }
    if (module == null && normalized.indexOf('.') < 0) {
      module = MODULE_OF_NAME.get(normalized);
    }
    if (module == null) {
      return new Lookup(Status.UNKNOWN, null, null);
    }
    if (NOT_TEXT.contains(" " + module + " ")) {
      return new Lookup(Status.NOT_TEXT, module, null);
    }
    if (module.equals("undefined")) {
      return new Lookup(Status.UNDEFINED, module, null);
    }
    WholeFileCodec codec = codecFor(module);
    return new Lookup(codec == null ? Status.UNSUPPORTED : Status.FOUND, module, codec);
  }

  static String normalize(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c < 0x80 && Character.isLetterOrDigit(c)) || c == '.') {
        if (gap && out.length() > 0) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  private static WholeFileCodec codecFor(String module) {
    WholeFileCodec cached = CODECS.get(module);
    if (cached != null) {
      return cached;
    }
    WholeFileCodec built = build(module);
    if (built != null) {
      CODECS.putIfAbsent(module, built);
    }
    return built;
  }

  private static WholeFileCodec build(String module) {
    if (module.equals("utf_8") || module.equals("utf_8_sig")) {
      // utf_8_sig would also drop a leading BOM, but a file with a BOM never gets this far.
      return Utf8Codec.INSTANCE;
    }
    if (module.startsWith("utf_16") || module.startsWith("utf_32")) {
      return WideCodec.forModule(module);
    }
    if (module.equals("ascii")) {
      return SingleByteCodec.ascii(Charset.forName("US-ASCII"));
    }
    for (String[] row : CHARMAPS) {
      if (row[0].equals(module)) {
        // A trimmed-down runtime may lack the extended charsets; treat those as unsupported.
        return Charset.isSupported(row[1])
            ? SingleByteCodec.charmap(Charset.forName(row[1]), row[2])
            : null;
      }
    }
    for (String[] row : MULTIBYTE) {
      if (row[0].equals(module)) {
        return Charset.isSupported(row[1])
            ? new MultiByteCodec(module, Charset.forName(row[1]))
            : null;
      }
    }
    return null;
  }

  /** Module names map to themselves; aliases are stored under {@code "=" + alias}. */
  private static Map<String, String> indexModules() {
    Map<String, String> index = new HashMap<>();
    for (String entry : MODULES.split(";")) {
      int eq = entry.indexOf('=');
      String module = eq < 0 ? entry : entry.substring(0, eq);
      index.put(module, module);
      if (eq >= 0) {
        for (String alias : entry.substring(eq + 1).split(" ")) {
          index.put("=" + alias, module);
        }
      }
    }
    return index;
  }
}

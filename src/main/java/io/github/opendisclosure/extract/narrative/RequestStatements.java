package io.github.opendisclosure.extract.narrative;

import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT;
import static io.github.opendisclosure.extract.narrative.ProsePatterns.COUNT_GROUP;
import static io.github.opendisclosure.extract.narrative.ProsePatterns.REACHING;

import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.numbers.ChineseNumbers;
import io.github.opendisclosure.extract.numbers.StatedNumber;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Statements about requests for disclosure (依申请公开): how many arrived (接到依申请公开件3件,
 * 未收到依申请公开申请, 受理政府信息公开申请为零) and how many were answered, all within the legal time limit
 * (受理申请21件, 均在法定期限内答复).
 */
final class RequestStatements implements StatementRule {

  private static final Pattern NONE_RECEIVED = Pattern.compile(
      "(?:未|没有)(?:收到|接到|受理|接收|发生)(?:过)?[^,;:]{0,20}?(?:依申请公开|信息公开申请)"
          + "|无(?:依申请公开(?:政府信息)?(?:的)?(?:办理情况|情况|事项|申请|件)|政府信息公开申请)"
          + "|(?:依申请公开|信息公开申请)(?:数|数量|件数)?为(?:零|0(?![\\d.]))");
  /** "None" of something else that only mentions requests (未收到因依申请公开引起的复议). */
  private static final Pattern OTHER_SUBJECT = Pattern.compile("复议|诉讼|投诉|举报|费");
  /** The verbs of receiving requests. */
  private static final String RECEIVING = "收到|接到|受理|接收|接受|新收";
  /** The words that name disclosure requests, before 申请. */
  private static final String DISCLOSURE = "依申请公开|政府信息公开|信息公开";
  /** The words a count of requests is made in (15件, 3个, 2份). */
  private static final String REQUEST_UNIT = "\\s*(?:件|个|份|宗|条|起)";
  /** The count itself after what it counts (为15件, 共计15件, :15件, 达到15件). */
  private static final String STATED_COUNT =
      "(?:为|达|:)?(?:共|共计|合计|总计)?" + REACHING + "\\s*" + COUNT + REQUEST_UNIT;
  /** What follows a verb that counts requests (…政府信息公开申请共15件, …申请数量为5件, 申请：15件, 15件). */
  private static final String REQUESTS_COUNTED =
      "(?:(?<subject>" + DISCLOSURE + ")(?:政府信息)?(?:的)?(?:申请|事项|件)?|申请)?(?:数量|数(?=[为达]))?" + STATED_COUNT;
  /**
   * A count of requests received (新收 in the words of the 2019 template), also with who made them
   * or how it is put (受理的…申请共5件, 收到公民、法人和其他组织提出的…申请11件, 申请数量为5件, 受理申请：15件); one
   * without its subject (共受理申请15件, 全年共受理16件) is one only where the sentence or its heading is
   * about disclosure requests.
   */
  private static final Pattern RECEIVED = Pattern.compile(
      "(?:" + RECEIVING + ")(?:了)?(?:的)?(?:[^,;:。]{1,24}?提出的)?(?:各类)?" + REQUESTS_COUNTED);
  /**
   * A count of requests stated without its verb (全年政府信息公开申请数量为15件, 我局政府信息公开申请共15件): the
   * received count, unless a verb before it in its clause makes it another ({@link #VERB_BEFORE_COUNT}).
   */
  private static final Pattern RECEIVED_WITHOUT_VERB = Pattern.compile(
      "(?<subject>" + DISCLOSURE + ")(?:政府信息)?申请(?=[数总件为达:共合])(?:数量|总数|件数|数)?" + STATED_COUNT);
  /** A verb that says what was done with requests (办结…申请共15件, 答复的…申请数量为15件). */
  private static final Pattern VERB_BEFORE_COUNT =
      Pattern.compile(RECEIVING + "|办结|办理|答复|回复|处理|完成|转");
  /** The disclosure requests among applications of every kind (受理各类申请150件，其中政府信息公开申请15件). */
  private static final Pattern DISCLOSURE_PART = Pattern.compile(
      "[,;]?\\s*其中[,:]?(?:" + DISCLOSURE + ")(?:政府信息)?(?:的)?申请(?:共)?\\s*" + COUNT
          + REQUEST_UNIT);
  /** A clause that counts only some of the requests (其中网上申请, 当面申请, 当场办结). */
  private static final Pattern PART_OF_REQUESTS = Pattern.compile("其中|网上|网络|当面|现场|当场|信函|传真|邮寄|邮件|电话");
  private static final String OWN_OFFICE = "[我本](?:局|委|厅|办|署|院|所|站|中心|单位|机关|部门)";
  /**
   * The part that is the writer's own (其中我局, 其中本机关, 其中局机关 of a bureau's 全县民政系统): the
   * report's count when its sentence also gives an area's or a system's.
   */
  private static final Pattern OWN_OFFICE_PART =
      Pattern.compile("其中(?:" + OWN_OFFICE + "|[局委厅]?机关)(?:本级)?共?$");
  /** The writer stating its own total (我局共受理申请15件): a 其中我局本级 after it is a part of it. */
  private static final Pattern OWN_OFFICE_TOTAL = Pattern.compile(OWN_OFFICE);
  private static final Pattern ALL_WITHIN_LEGAL_LIMIT = Pattern.compile(
      "(?:均|全部|都)(?:已)?(?:在|于)?法定(?:期限|时限)(?:内)?(?:予以|进行|作出|依法)?(?:答复|办结|回复|处理)");
  /** A count of requests answered (答复15件, 答复政府信息公开申请15件, 办结依申请公开事项15件). */
  private static final Pattern ANSWERED =
      Pattern.compile("(?:答复|办结|回复)(?:了)?(?:的)?" + REQUESTS_COUNTED);
  /** A count of requests completed (办结15件, 办结政府信息公开申请共15件), not of those completed late (延期办结). */
  private static final Pattern COMPLETED =
      Pattern.compile("(?<![按时延期逾未])办结(?:了)?(?:的)?" + REQUESTS_COUNTED);
  /** The words that name each channel requests come by, in a list of them (当面申请、网络申请分别为5件、3件). */
  private static final Map<ReportMetric, List<String>> CHANNEL_WORDS = new EnumMap<>(Map.of(
      ReportMetric.REQUESTS_IN_PERSON, List.of("当面", "现场"),
      ReportMetric.REQUESTS_ONLINE, List.of("网络", "网上"),
      ReportMetric.REQUESTS_LETTER, List.of("信函", "来信"),
      ReportMetric.REQUESTS_FAX, List.of("传真")));
  private static final String CHANNEL =
      CHANNEL_WORDS.values().stream().flatMap(List::stream).collect(Collectors.joining("|"));
  private static final String CHANNEL_REQUESTS = "(?:提交|提出|递交)?(?:的)?申请(?:共)?\\s*";
  /** One channel's count among others (当面申请5件 in 当面申请5件，网上申请3件). */
  private static final String CHANNEL_PART = "(?:" + CHANNEL + ")" + CHANNEL_REQUESTS + ChineseNumbers.PATTERN + REQUEST_UNIT;
  /** A bracket that holds nothing but channel counts (当面申请10件，网上申请5件; 其中:当面申请10件、网上申请5件). */
  private static final Pattern CHANNELS_ONLY =
      Pattern.compile("(?:其中)?:?\\s*" + CHANNEL_PART + "(?:[,;、]\\s*" + CHANNEL_PART + ")*[。.]?");
  /** A plain count of one channel's requests (当面申请5件, 网上提交申请3件). */
  private static final Pattern CHANNEL_COUNT =
      Pattern.compile("(?<channel>" + CHANNEL + ")" + CHANNEL_REQUESTS + COUNT + REQUEST_UNIT);
  /**
   * Requests received counted by their channels before their total (受理的政府信息公开申请中，当面申请5件，
   * 网上申请3件，信函申请1件，共计9件): the total is the received count, the channels its parts.
   */
  private static final Pattern RECEIVED_BY_CHANNELS = Pattern.compile(
      "(?:" + RECEIVING + ")(?:了)?(?:的)?(?:" + DISCLOSURE + ")(?:政府信息)?(?:的)?申请中"
          + "(?<parts>(?:[,;、]\\s*" + CHANNEL_PART + ")+)"
          + "[,;]\\s*(?:共计|合计|总计|共)\\s*" + COUNT + REQUEST_UNIT);
  private static final String AMONG_REQUESTS = "申请中";
  /** The word that opens the parts of a count (其中当面申请5件). */
  private static final String PARTS = "其中";
  /** Channels of something other than requests (当面咨询、电话咨询分别为…). */
  private static final Pattern NOT_REQUESTS = Pattern.compile("咨询|复议|诉讼|投诉|举报|费");
  private static final String REQUEST = "申请";
  private static final List<String> REQUESTS_TOPIC = List.of("依申请", "公开申请");
  /** The words each pattern's matches start with or contain. */
  private static final List<String> NONE_RECEIVED_WORDS = List.of("未", "没有", "无", "为零", "为0");
  private static final List<String> RECEIVED_WORDS = List.of("收到", "接到", "受理", "接收", "接受", "新收");
  private static final List<String> ALL_WITHIN_LEGAL_LIMIT_WORDS = List.of("法定");
  private static final List<String> COMPLETED_WORDS = List.of("办结");

  private final AreaTotals areaTotals;

  RequestStatements(AreaTotals areaTotals) {
    this.areaTotals = areaTotals;
  }

  @Override
  public void read(ProseSentence sentence, ProseRecorder recorder) {
    if (sentence.saysOnlyNone()) {
      readNoneUnderHeading(sentence, recorder);
      return;
    }
    readNoneReceived(sentence, recorder);
    readReceived(sentence, recorder);
    readReceivedWithoutVerb(sentence, recorder);
    readReceivedByChannels(sentence, recorder);
    readAnswered(sentence, recorder);
    readChannels(sentence, recorder);
  }

  private void readChannels(ProseSentence sentence, ProseRecorder recorder) {
    boolean listed = sentence.reading().contains(RespectiveFigures.RESPECTIVELY);
    boolean parts = sentence.reading().contains(PARTS);
    if (!(listed || parts) || !isAboutRequests(sentence)) {
      return;
    }
    if (listed) {
      readChannelList(sentence, recorder);
    }
    if (parts) {
      readChannelCounts(sentence, recorder);
    }
  }

  /** The requests of each channel a 分别 list names (其中当面申请、网络申请、信函申请分别为5件、3件、1件). */
  private void readChannelList(ProseSentence sentence, ProseRecorder recorder) {
    for (RespectiveFigures list : RespectiveFigures.in(sentence)) {
      String names = String.join("、", list.names());
      if (!names.contains(REQUEST) || NOT_REQUESTS.matcher(names).find()
          || sentence.clauseIsAboutAnotherPeriod(list.start()) || followsACountNotTheWriters(sentence, list.start())) {
        continue;
      }
      list.recordEach(RequestStatements::channelNamed, sentence, recorder);
    }
  }

  /**
   * The requests of each channel counted as a part of the year's received count (共受理…9件，其中当面申请5件，
   * 网上申请3件), not of another period's, an area's or a running total's.
   */
  private void readChannelCounts(ProseSentence sentence, ProseRecorder recorder) {
    String reading = sentence.reading();
    Matcher channel = CHANNEL_COUNT.matcher(reading).region(reading.indexOf(PARTS), reading.length());
    while (channel.find()) {
      Matcher received = receivedCountBefore(sentence, channel.start());
      if (received != null && countsAllRequests(sentence, received)
          && reading.substring(received.end(), channel.start()).contains(PARTS)
          && !sentence.clauseIsAboutAnotherPeriod(channel.start())) {
        recordChannel(sentence, channel, recorder);
      }
    }
  }

  private void readReceivedByChannels(ProseSentence sentence, ProseRecorder recorder) {
    String reading = sentence.reading();
    if (!reading.contains(AMONG_REQUESTS)) {
      return;
    }
    Matcher received = RECEIVED_BY_CHANNELS.matcher(reading);
    while (received.find()) {
      if (countsAllRequests(sentence, received) && !sentence.clauseIsAboutAnotherPeriod(received.start(COUNT_GROUP))) {
        String statement = received.group();
        ChineseNumbers.parse(received.group(COUNT_GROUP)).ifPresent(number ->
            recorder.record(ReportMetric.REQUESTS_RECEIVED, number, sentence, statement));
        Matcher channel = CHANNEL_COUNT.matcher(reading).region(received.start("parts"), received.end("parts"));
        while (channel.find()) {
          recordChannel(sentence, channel, recorder);
        }
      }
    }
  }

  private static void recordChannel(ProseSentence sentence, Matcher channel, ProseRecorder recorder) {
    String statement = channel.group();
    channelNamed(channel.group("channel")).ifPresent(metric -> ChineseNumbers.parse(channel.group(COUNT_GROUP))
        .ifPresent(number -> recorder.record(metric, number, sentence, statement)));
  }

  /**
   * The last count of requests received the sentence states before {@code index}, with its verb or
   * without one (申请总数为12件), or null.
   */
  private static Matcher receivedCountBefore(ProseSentence sentence, int index) {
    String before = sentence.reading().substring(0, index);
    Matcher received = lastMatch(RECEIVED.matcher(before));
    if (received != null) {
      return received;
    }
    Matcher stated = lastMatch(RECEIVED_WITHOUT_VERB.matcher(before));
    return stated != null && isStatedWithoutVerb(sentence, stated) ? stated : null;
  }

  /** Whether no verb in its clause makes a count {@link #RECEIVED_WITHOUT_VERB} matched another than received. */
  private static boolean isStatedWithoutVerb(ProseSentence sentence, Matcher stated) {
    return !VERB_BEFORE_COUNT.matcher(sentence.clausePrefix(stated.start())).find();
  }

  /**
   * Whether the count of requests received that what stands at {@code index} follows (全县共受理…320件，其中当面申请、
   * …分别为; 全县共受理…320件，办结…320件) is not the writer's count for the year: its channels and what was
   * completed of it are not either.
   */
  private boolean followsACountNotTheWriters(ProseSentence sentence, int index) {
    Matcher received = receivedCountBefore(sentence, index);
    return received != null && !isWritersCount(sentence, received, ownCountStated(sentence));
  }

  /**
   * Whether the sentence gives the writer's own count after its area's total (全县共受理…320件，其中我局受理…5件):
   * that is its count then. An area's government reports the area: its 其中本机关 is a part, not its count.
   */
  private boolean ownCountStated(ProseSentence sentence) {
    return !areaTotals.writerGovernsAnArea() && statesOwnOfficeCount(sentence) && !statesOwnOfficeTotal(sentence);
  }

  private boolean isWritersCount(ProseSentence sentence, Matcher received, boolean ownCountStated) {
    return ownCountStated ? isOwnOfficeCount(sentence, received) : countsAllRequests(sentence, received);
  }

  private static Optional<ReportMetric> channelNamed(String name) {
    return CHANNEL_WORDS.entrySet().stream()
        .filter(channel -> channel.getValue().stream().anyMatch(name::contains))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static void readNoneReceived(ProseSentence sentence, ProseRecorder recorder) {
    if (!sentence.readsAny(NONE_RECEIVED_WORDS)) {
      return;
    }
    Matcher none = NONE_RECEIVED.matcher(sentence.reading());
    while (none.find()) {
      String clause = sentence.clauseAt(none.start());
      if (!OTHER_SUBJECT.matcher(clause).find() && !ProsePatterns.ANY_COUNT.matcher(clause).find()
          && !sentence.clauseIsAboutAnotherPeriod(none.start())) {
        recorder.record(ReportMetric.REQUESTS_RECEIVED, StatedNumber.exact(0), sentence, none.group());
        return;
      }
    }
  }

  /** 无。 under 三、依申请公开情况: no requests, unless the heading is about their reviews or fees. */
  private static void readNoneUnderHeading(ProseSentence sentence, ProseRecorder recorder) {
    if (headingIsAboutRequests(sentence.heading())) {
      recorder.record(ReportMetric.REQUESTS_RECEIVED, StatedNumber.exact(0), sentence.withHeading());
    }
  }

  private void readReceived(ProseSentence sentence, ProseRecorder recorder) {
    if (!sentence.readsAny(RECEIVED_WORDS)) {
      return;
    }
    boolean ownCountStated = ownCountStated(sentence);
    Matcher received = RECEIVED.matcher(sentence.reading());
    while (received.find()) {
      if (isAboutDisclosure(sentence, received) && isWritersCount(sentence, received, ownCountStated)) {
        Matcher count = requestCount(sentence, received);
        String statement = sentence.reading().substring(received.start(), count.end());
        ChineseNumbers.parse(count.group(COUNT_GROUP)).ifPresent(number ->
            recorder.record(ReportMetric.REQUESTS_RECEIVED, number, sentence, statement));
        readChannelsInAside(sentence, statement, recorder);
      }
    }
  }

  private void readReceivedWithoutVerb(ProseSentence sentence, ProseRecorder recorder) {
    if (!sentence.readsAny(REQUESTS_TOPIC)) {
      return;
    }
    Matcher stated = RECEIVED_WITHOUT_VERB.matcher(sentence.reading());
    while (stated.find()) {
      if (isStatedWithoutVerb(sentence, stated) && countsAllRequests(sentence, stated)) {
        ChineseNumbers.parse(stated.group(COUNT_GROUP)).ifPresent(number ->
            recorder.record(ReportMetric.REQUESTS_RECEIVED, number, sentence, stated.group()));
        readChannelsInAside(sentence, stated.group(), recorder);
      }
    }
  }

  /** The channels a bracket right after the received count gives as its parts (受理申请15件（当面申请10件，网上申请5件）). */
  private static void readChannelsInAside(ProseSentence sentence, String receivedCount, ProseRecorder recorder) {
    String aside = sentence.asideAfter(receivedCount);
    if (!aside.isEmpty() && CHANNELS_ONLY.matcher(aside).matches()) {
      Matcher channel = CHANNEL_COUNT.matcher(aside);
      while (channel.find()) {
        recordChannel(sentence, channel, recorder);
      }
    }
  }

  /**
   * "均在法定期限内答复" makes every answered request one answered on time: the answered count of
   * the sentence, else the received count, is both the completed and the on-time figure.
   */
  private void readAnswered(ProseSentence sentence, ProseRecorder recorder) {
    String reading = sentence.reading();
    if (!isAboutRequests(sentence)) {
      return;
    }
    Matcher onTime = ALL_WITHIN_LEGAL_LIMIT.matcher(reading);
    if (sentence.readsAny(ALL_WITHIN_LEGAL_LIMIT_WORDS) && onTime.find()) {
      Matcher count = countAllAnswered(sentence, reading.substring(0, onTime.start()));
      if (count != null) {
        String statement = reading.substring(count.start(), onTime.end());
        ChineseNumbers.parse(count.group(COUNT_GROUP)).ifPresent(number -> {
          recorder.record(ReportMetric.COMPLETED_TOTAL, number, sentence, statement);
          recorder.record(ReportMetric.COMPLETED_ON_TIME, number, sentence, statement);
        });
      }
    }
    if (!sentence.readsAny(COMPLETED_WORDS)) {
      return;
    }
    Matcher completed = COMPLETED.matcher(reading);
    while (completed.find()) {
      if (countsAllRequests(sentence, completed) && !followsACountNotTheWriters(sentence, completed.start())) {
        String statement = completed.group();
        ChineseNumbers.parse(completed.group(COUNT_GROUP)).ifPresent(number ->
            recorder.record(ReportMetric.COMPLETED_TOTAL, number, sentence, statement));
      }
    }
  }

  /**
   * The writer's count that the words {@code before} 均在法定期限内答复 state: the last answered count,
   * else the last received count, or null when that is not the writer's (全县共答复…320件).
   */
  private Matcher countAllAnswered(ProseSentence sentence, String before) {
    Matcher answered = lastMatch(ANSWERED.matcher(before));
    if (answered != null) {
      return countsAllRequests(sentence, answered) && !followsACountNotTheWriters(sentence, answered.start())
          ? answered : null;
    }
    Matcher received = lastMatch(RECEIVED.matcher(before));
    return received != null && countsAllRequests(sentence, received) ? requestCount(sentence, received) : null;
  }

  /**
   * The match whose figure is the count of requests a match of {@link #RECEIVED} states: itself, or
   * for applications of every kind (受理各类申请150件) the disclosure requests among them right after.
   */
  private static Matcher requestCount(ProseSentence sentence, Matcher received) {
    Matcher disclosurePart =
        DISCLOSURE_PART.matcher(sentence.reading()).region(received.end(), sentence.reading().length());
    return received.group("subject") == null && disclosurePart.lookingAt() ? disclosurePart : received;
  }

  /**
   * Whether the sentence gives the writer's own count after its area's total (全县共受理…320件，其中我局
   * 受理…5件): a bureau that reports the whole county's requests received only its own.
   */
  private static boolean statesOwnOfficeCount(ProseSentence sentence) {
    Matcher received = RECEIVED.matcher(sentence.reading());
    while (received.find()) {
      if (isOwnOfficeCount(sentence, received)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence gives the writer's own total (我局共受理申请15件，其中我局本级受理10件): its 本级 is a part. */
  private static boolean statesOwnOfficeTotal(ProseSentence sentence) {
    Matcher received = RECEIVED.matcher(sentence.reading());
    while (received.find()) {
      String clausePrefix = sentence.clausePrefix(received.start());
      if (!clausePrefix.contains("其中") && OWN_OFFICE_TOTAL.matcher(clausePrefix).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAboutDisclosure(ProseSentence sentence, Matcher received) {
    return received.group("subject") != null || isAboutRequests(sentence);
  }

  /** Whether the sentence, or the headings it stands under (三、依申请公开情况), speak of requests. */
  private static boolean isAboutRequests(ProseSentence sentence) {
    return sentence.readsAny(REQUESTS_TOPIC) || headingIsAboutRequests(sentence.section());
  }

  /** A heading about requests, not about their reviews or fees (四、因政府信息公开申请行政复议…). */
  private static boolean headingIsAboutRequests(String heading) {
    return REQUESTS_TOPIC.stream().anyMatch(heading::contains) && !OTHER_SUBJECT.matcher(heading).find();
  }

  private static boolean isOwnOfficeCount(ProseSentence sentence, Matcher received) {
    return OWN_OFFICE_PART.matcher(sentence.clausePrefix(received.start())).find()
        && !sentence.clauseIsAboutAnotherPeriod(received.start());
  }

  private boolean countsAllRequests(ProseSentence sentence, Matcher received) {
    String clausePrefix = sentence.clausePrefix(received.start());
    // The year's share of a running total (共受理…150件，其中2012年受理15件) is the year's count.
    boolean part = PART_OF_REQUESTS.matcher(clausePrefix).find() && !sentence.clauseIsTheYearsShare(received.start());
    return !part && !areaTotals.isAreaTotalNotTheWriters(clausePrefix)
        && !sentence.clauseIsAboutAnotherPeriod(received.start());
  }

  /** The matcher positioned on its last match, or null when there is none. */
  private static Matcher lastMatch(Matcher matcher) {
    int start = -1;
    while (matcher.find()) {
      start = matcher.start();
    }
    return start >= 0 && matcher.find(start) ? matcher : null;
  }
}

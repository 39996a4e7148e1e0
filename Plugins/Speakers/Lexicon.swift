/// The words the speakers plugin reads UN prose with: titles, honorifics, speech verbs, cues. General patterns of
/// UN documents in Chinese and English, not names of particular people.
enum Lexicon {
    /// Characters used by the standard Chinese transliteration of foreign names (新华社译名). A run of them next
    /// to a name separator (·) is a transliterated name.
    static let transliteration = ScalarBitmap((
        "阿埃艾爱安昂敖奥澳巴芭拜班邦保鲍贝本比彼毕碧边宾滨波玻伯勃博卜布查察昌彻辰澄楚川茨慈达大戴丹当道德登迪"
        + "狄蒂帝丁东杜敦顿多朵厄恩尔法凡范菲斐费芬丰冯凤佛弗伏孚福夫富盖甘冈高戈哥格葛根古谷瓜圭贵果哈海汉杭豪浩"
        + "赫黑亨洪侯胡华怀惠霍基吉吉加佳贾杰捷金津京久居君卡凯坎康考柯科克肯孔库夸奎昆拉腊莱赖兰蓝朗劳勒乐雷"
        + "蕾累黎里理丽利莉栗连廉良列烈林琳玲凌留柳龙隆卢鲁陆路伦罗洛略吕律玛马迈麦曼芒茂梅美门蒙孟米密敏明缪摩莫"
        + "默姆木穆纳娜乃奈南楠瑙内尼妮涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐契乔切钦琴青琼丘屈让热仁荣茹瑞若萨塞赛桑"
        + "瑟森沙莎山杉珊尚舍申什施史斯松宋苏素索塔泰坦汤唐陶特提蒂田廷图托瓦万旺威韦维温翁沃乌武西希锡席"
        + "霞夏谢辛欣休许雅亚扬杨耶叶伊依易因英尤于宇雨约泽扎詹赞朱茱兹佐祖聂历斐蕾穆娅娃琪蒂蔻罕农刘"
        + "文翰肖舒丝露薇黛芙茜珍贡柏芮琦萝歇毛方嘉卓哲莲蓓姬裴喀嘎铎"
        + "立恰策采措滕延绍迦伽韩伍薛逊尧宰宗蒲儒崔娄岑阔嫩得简思"
    ).unicodeScalars.map(\.value))

    /// Honorifics and ranks printed after a Chinese name ("Kingsley-Nyinah 先生", "梅农少将").
    static let chineseHonorifics = WordSet([
        "先生", "女士", "夫人", "小姐", "阁下", "博士", "教授", "大使", "少将", "中将", "上将", "准将", "将军", "上校", "中校",
        "少校", "法官", "勋爵", "爵士", "副秘书长", "助理秘书长", "秘书长", "总统", "部长", "主席",
    ])

    /// What a Chinese title (function) ends with, just before the name it introduces.
    static let chineseTitleEnds = WordSet([
        "司长", "主任", "主席", "代表", "大使", "顾问", "专家", "研究员", "处长", "股长", "秘书长", "协调员", "特使", "主管",
        "领导人", "部长", "总统", "总理", "首相", "司令", "指挥官", "官员", "负责人", "发言人", "成员", "教授", "法官", "国王",
        "外长", "大臣", "委员", "干事", "召集人", "报告员", "局长", "署长", "主管", "高级专员", "专员", "执行主任", "院长",
        "联合主席", "军事顾问", "警务顾问", "参赞", "秘书", "一等秘书", "二等秘书", "公使", "副手", "团长", "队长", "首长",
        "总监", "经理", "董事", "会长", "社长", "校长", "所长", "科长", "组长", "主编", "作者", "创始人", "先生", "女士",
        "观察员", "总干事", "检察官", "书记官长", "国务卿", "国务委员",
    ])

    /// Chinese speech verbs: what a speaker does in a reported statement.
    static let chineseSpeechVerbs = WordSet([
        "说", "指出", "强调", "表示", "认为", "重申", "建议", "询问", "回答", "答复", "回应", "概述", "介绍", "阐述", "提到",
        "谈到", "解释", "补充", "主张", "呼吁", "欢迎", "赞扬", "感谢", "宣布", "报告", "坚持", "提请注意", "提出", "敦促",
        "赞同", "承认", "澄清", "鼓励", "注意到", "称", "宣称", "请", "要求", "回顾", "评论", "着重", "重点", "突出", "质疑",
        "列举", "支持", "表达", "谴责", "希望", "请求", "发言", "通报", "告知", "确认", "描述", "总结", "关切", "赞赏", "同意",
        "坚决", "援引", "阐明", "声称", "申明", "商定", "宣读", "致辞", "讲话", "提醒", "警告", "说明", "认识到", "问道", "提问",
        "发了言", "作了发言",
    ])

    /// Words that end a run of transliteration characters on the right (verbs and particles that follow a name).
    static let chineseRightStops = WordSet([
        "当选", "当时", "作为", "也", "还", "在", "的", "和", "与", "及", "等", "是", "将", "已", "曾", "对", "向", "就", "为",
        "以", "从", "由", "被", "所", "之", "于", "请", "称", "说", "则", "又", "再", "并", "最后", "随后", "代表", "指出",
        "表示", "强调", "认为", "宣布", "介绍", "提到", "谈到", "主持", "访问", "关于", "牵头", "率领", "领导", "担任", "兼",
        "明确", "当地", "保持", "保护", "安全", "特别", "特派", "京都", "大会", "本国", "本人", "杰出", "得到", "得以", "简要", "简报", "简单",
    ])

    /// Words that end a run of transliteration characters on the left (verbs and particles before a name).
    static let chineseLeftStops = WordSet([
        "感谢", "欢迎", "赞扬", "祝贺", "邀请", "听取", "包括", "由", "和", "与", "及", "是", "向", "对", "同", "请", "代表",
        "以", "了", "的", "在", "为", "据", "据悉", "即", "如", "正如", "谢谢", "答复", "回应", "支持", "赞同", "特别", "尤其",
    ])

    /// Parentheticals printed right after a name or rank.
    static let chineseParentheticals = WordSet([
        "(已退役)", "(退役)", "（已退役）", "（退役）", "(签名)", "（签名）", "(主席)", "（主席）", "(已故)", "（已故）",
    ])

    /// Cues that the names with titles around them are briefers or invited speakers.
    static let chineseBriefingCues = WordSet([
        "通报人", "情况通报人", "介绍人", "情况介绍人", "发言者", "发言人是", "邀请了", "邀请下列", "还邀请", "邀请", "作简要介绍",
        "作了简短发言", "作了发言", "作简短发言", "听取了", "主持", "通报", "与会者包括", "参加者包括", "发言的有",
    ])

    /// Speech verbs and cues in English.
    static let englishSpeechVerbs: [String] = [
        "said", "says", "stated", "states", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised",
        "underlined", "underscored", "highlighted", "observed", "pointed out", "expressed", "recalled", "reiterated",
        "welcomed", "urged", "called", "asked", "inquired", "enquired", "replied", "responded", "added", "explained",
        "recommended", "suggested", "proposed", "briefed", "informed", "told", "reported", "outlined", "described",
        "presented", "announced", "acknowledged", "commended", "thanked", "agreed", "argued", "warned", "indicated",
        "affirmed", "reaffirmed", "concluded", "opened", "introduced", "believed", "considered", "echoed", "invited",
        "encouraged", "requested", "raised", "focused", "focussed", "spoke", "shared", "underlined", "insisted",
        "maintained", "cautioned", "questioned", "reminded", "voiced", "supported", "praised", "regretted",
        "condemned", "deplored", "drew attention", "referred", "mentioned", "elaborated", "declared", "summarized",
        "summarised", "clarified", "confirmed", "appealed", "advocated", "expressed", "delivered", "made a statement",
        "took the floor", "intervened", "commented", "remarked", "asserted", "made statements", "made remarks", "addressed",
        "delivered statements", "answered", "gave a presentation", "made a presentation", "gave a briefing",
        "provided a briefing", "gave an overview", "provided an overview", "provided an update", "gave an update",
    ]

    /// Adverbs and fillers allowed between an English subject and its speech verb.
    static let englishFillers: Set<String> = [
        "also", "further", "then", "finally", "however", "additionally", "moreover", "similarly", "likewise",
        "furthermore", "in", "turn", "particularly", "especially", "strongly", "firmly", "repeatedly", "jointly",
        "all", "both", "each", "specifically", "notably", "again", "too", "subsequently", "later", "briefly",
    ]

    /// English honorifics and ranks printed before a name.
    static let englishHonorifics: [String] = [
        "Mr.", "Ms.", "Mrs.", "Miss", "Dr.", "Mr", "Ms", "Mrs", "Dr", "Sir", "Dame", "H.E.", "Ambassador", "Professor", "Prof.",
        "Lieutenant General", "Major General", "Brigadier General", "General", "Lieutenant Colonel", "Colonel",
        "Major", "Captain", "Commissioner", "Judge", "Justice", "Lord", "Lady", "Minister", "Senator",
        "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Col.", "Gen.", "Admiral", "Rear Admiral", "Vice Admiral",
        "His Excellency", "Her Excellency", "H. E.", "Archbishop", "Cardinal", "Monsignor", "Bishop", "Sheikh",
        "Sheikha", "Prince", "Princess",
    ]

    /// Words of an English title (function).
    static let englishTitleWords: Set<String> = [
        "secretary-general", "under-secretary-general", "assistant", "representative", "adviser", "advisor",
        "director", "chief", "head", "commander", "chair", "chairperson", "chairman", "chairwoman", "president",
        "minister", "coordinator", "co-ordinator", "envoy", "officer", "expert", "fellow", "researcher",
        "ambassador", "chef", "commissioner", "deputy", "special", "permanent", "counsellor", "counselor",
        "secretary", "spokesperson", "spokesman", "founder", "executive", "vice-president", "professor", "leader",
        "member", "delegate", "rapporteur", "moderator", "manager", "officer-in-charge", "chargé", "charge",
        "director-general", "administrator", "prosecutor", "registrar", "ombudsperson", "facilitator", "mediator",
    ]

    /// English cues that names with titles around them are briefers.
    static let englishBriefingCues = WordSet([
        "briefing by", "briefings by", "briefed by", "briefers", "briefer", "heard a briefing", "heard briefings",
        "presentations by", "presentation by", "speakers were", "speakers included", "invited", "statements by",
        "remarks by", "delivered by", "chaired by", "moderated by", "participants included", "participants were",
        "among the participants", "presented by", "the following briefed", "following speakers", "the following took the floor",
        "heard from", "panellists", "panelists", "keynote", "for her briefing", "for his briefing", "for their briefings",
        "for her briefings", "for his briefings",
    ])

    /// Names of organizations (other than the United Nations and States) whose officials speak in UN documents,
    /// with the acronym reported as affiliation code.
    static let organizations: [(code: String, names: [String])] = [
        ("AU", ["非洲联盟", "非盟", "African Union", "AU Commission"]),
        ("EU", ["欧洲联盟", "欧盟", "European Union"]),
        ("IPI", ["国际和平研究所", "International Peace Institute"]),
        ("NATO", ["北大西洋公约组织", "北约", "North Atlantic Treaty Organization", "NATO"]),
        ("ECOWAS", ["西非国家经济共同体", "西非经共体", "Economic Community of West African States", "ECOWAS"]),
        ("ECCAS", ["中部非洲国家经济共同体", "中非经共体", "Economic Community of Central African States", "ECCAS"]),
        ("SADC", ["南部非洲发展共同体", "南共体", "Southern African Development Community", "SADC"]),
        ("IGAD", ["政府间发展管理局", "伊加特", "Intergovernmental Authority on Development", "IGAD"]),
        ("LAS", ["阿拉伯国家联盟", "阿盟", "League of Arab States", "Arab League"]),
        ("OIC", ["伊斯兰合作组织", "Organization of Islamic Cooperation"]),
        ("OSCE", ["欧洲安全与合作组织", "欧安组织", "Organization for Security and Co-operation in Europe", "OSCE"]),
        ("ASEAN", ["东南亚国家联盟", "东盟", "Association of Southeast Asian Nations", "ASEAN"]),
        ("OAS", ["美洲国家组织", "Organization of American States"]),
        ("SCO", ["上海合作组织", "上合组织", "Shanghai Cooperation Organization"]),
        ("CSTO", ["集体安全条约组织", "Collective Security Treaty Organization"]),
        ("ICRC", ["红十字国际委员会", "International Committee of the Red Cross", "ICRC"]),
        // Specialized and related agencies of the United Nations system: organizations of their own.
        ("WHO", ["世界卫生组织", "世卫组织", "World Health Organization"]),
        ("FAO", ["联合国粮食及农业组织", "粮农组织", "Food and Agriculture Organization of the United Nations", "Food and Agriculture Organization"]),
        ("ILO", ["国际劳工组织", "劳工组织", "International Labour Organization"]),
        ("UNESCO", ["联合国教育、科学及文化组织", "教科文组织", "United Nations Educational, Scientific and Cultural Organization", "UNESCO"]),
        ("IAEA", ["国际原子能机构", "原子能机构", "International Atomic Energy Agency", "IAEA"]),
        ("IOM", ["国际移民组织", "移民组织", "International Organization for Migration"]),
        ("OPCW", ["禁止化学武器组织", "禁化武组织", "Organisation for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons", "OPCW"]),
        ("IFRC", ["红十字会与红新月会国际联合会", "International Federation of Red Cross and Red Crescent Societies"]),
        ("WB", ["世界银行", "World Bank"]),
        ("IMF", ["国际货币基金组织", "International Monetary Fund"]),
        ("ICC", ["国际刑事法院", "International Criminal Court"]),
        ("ICJ", ["国际法院", "International Court of Justice"]),
        ("ICG", ["国际危机组织", "International Crisis Group"]),
        ("HRW", ["人权观察", "Human Rights Watch"]),
        ("AI", ["国际特赦组织", "Amnesty International"]),
        ("MSF", ["无国界医生", "Médecins Sans Frontières", "Doctors Without Borders"]),
        ("CIC", ["纽约大学国际合作中心", "Center on International Cooperation"]),
        ("SIPRI", ["斯德哥尔摩国际和平研究所", "Stockholm International Peace Research Institute"]),
        ("G5S", ["萨赫勒五国集团", "G5 Sahel"]),
        ("CARICOM", ["加勒比共同体", "Caribbean Community"]),
        ("CoE", ["欧洲委员会", "Council of Europe"]),
    ]
}

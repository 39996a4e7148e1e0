#!/usr/bin/env python3
"""Generate config/states.toml, the States gazetteer shared by the metadata, speakers and topics plugins.

Sources, in order of authority:
  1. The UN names written below (UN_NAMES, TERRITORIES, EXTRA_*): the short and formal names as the UN
     prints them in English and in Simplified Chinese (UNTERM country names). They always win.
  2. Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json and the zh_CN translations in
     iso_3166-1.mo): their English and Chinese names become extra variants when they differ.
  3. The CLDR region names that Foundation carries (scripts/cldr-region-names.swift): same.
Automatic variants from 2 and 3 are dropped when listed in DENY (ambiguous or misleading).
Traditional Chinese forms are generated from every Simplified name with OpenCC (its standard "s2t",
Taiwan "s2tw" and Hong Kong "s2hk" tables, so 合眾國 and 合衆國 both match; see traditional()). Names that
Taiwan's vocabulary writes differently (肯亞 for 肯尼亚) become variants in Simplified characters, the form a
Traditional copy takes once the intake folds it (see taiwan_forms()).

Run:  pip install opencc==1.4.2 && python3 scripts/gen-states.py > config/states.toml
Review the diff of config/states.toml before committing; the script prints what it took from iso-codes
and CLDR to stderr.
"""

import gettext
import json
import os
import subprocess
import sys
import tempfile

# --------------------------------------------------------------------------------------------------
# 1. UN names. code | English short | English formal | Chinese short | Chinese formal
#    The 193 Member States, then the two observer States. Formal names are written without "the".
# --------------------------------------------------------------------------------------------------
MEMBERS = """
AFG | Afghanistan | Islamic Republic of Afghanistan | 阿富汗 | 阿富汗伊斯兰共和国
ALB | Albania | Republic of Albania | 阿尔巴尼亚 | 阿尔巴尼亚共和国
DZA | Algeria | People's Democratic Republic of Algeria | 阿尔及利亚 | 阿尔及利亚民主人民共和国
AND | Andorra | Principality of Andorra | 安道尔 | 安道尔公国
AGO | Angola | Republic of Angola | 安哥拉 | 安哥拉共和国
ATG | Antigua and Barbuda | Antigua and Barbuda | 安提瓜和巴布达 | 安提瓜和巴布达
ARG | Argentina | Argentine Republic | 阿根廷 | 阿根廷共和国
ARM | Armenia | Republic of Armenia | 亚美尼亚 | 亚美尼亚共和国
AUS | Australia | Australia | 澳大利亚 | 澳大利亚
AUT | Austria | Republic of Austria | 奥地利 | 奥地利共和国
AZE | Azerbaijan | Republic of Azerbaijan | 阿塞拜疆 | 阿塞拜疆共和国
BHS | Bahamas | Commonwealth of the Bahamas | 巴哈马 | 巴哈马国
BHR | Bahrain | Kingdom of Bahrain | 巴林 | 巴林王国
BGD | Bangladesh | People's Republic of Bangladesh | 孟加拉国 | 孟加拉人民共和国
BRB | Barbados | Barbados | 巴巴多斯 | 巴巴多斯
BLR | Belarus | Republic of Belarus | 白俄罗斯 | 白俄罗斯共和国
BEL | Belgium | Kingdom of Belgium | 比利时 | 比利时王国
BLZ | Belize | Belize | 伯利兹 | 伯利兹
BEN | Benin | Republic of Benin | 贝宁 | 贝宁共和国
BTN | Bhutan | Kingdom of Bhutan | 不丹 | 不丹王国
BOL | Bolivia (Plurinational State of) | Plurinational State of Bolivia | 多民族玻利维亚国 | 多民族玻利维亚国
BIH | Bosnia and Herzegovina | Bosnia and Herzegovina | 波斯尼亚和黑塞哥维那 | 波斯尼亚和黑塞哥维那
BWA | Botswana | Republic of Botswana | 博茨瓦纳 | 博茨瓦纳共和国
BRA | Brazil | Federative Republic of Brazil | 巴西 | 巴西联邦共和国
BRN | Brunei Darussalam | Brunei Darussalam | 文莱达鲁萨兰国 | 文莱达鲁萨兰国
BGR | Bulgaria | Republic of Bulgaria | 保加利亚 | 保加利亚共和国
BFA | Burkina Faso | Burkina Faso | 布基纳法索 | 布基纳法索
BDI | Burundi | Republic of Burundi | 布隆迪 | 布隆迪共和国
CPV | Cabo Verde | Republic of Cabo Verde | 佛得角 | 佛得角共和国
KHM | Cambodia | Kingdom of Cambodia | 柬埔寨 | 柬埔寨王国
CMR | Cameroon | Republic of Cameroon | 喀麦隆 | 喀麦隆共和国
CAN | Canada | Canada | 加拿大 | 加拿大
CAF | Central African Republic | Central African Republic | 中非共和国 | 中非共和国
TCD | Chad | Republic of Chad | 乍得 | 乍得共和国
CHL | Chile | Republic of Chile | 智利 | 智利共和国
CHN | China | People's Republic of China | 中国 | 中华人民共和国
COL | Colombia | Republic of Colombia | 哥伦比亚 | 哥伦比亚共和国
COM | Comoros | Union of the Comoros | 科摩罗 | 科摩罗联盟
COG | Congo | Republic of the Congo | 刚果 | 刚果共和国
CRI | Costa Rica | Republic of Costa Rica | 哥斯达黎加 | 哥斯达黎加共和国
CIV | Côte d'Ivoire | Republic of Côte d'Ivoire | 科特迪瓦 | 科特迪瓦共和国
HRV | Croatia | Republic of Croatia | 克罗地亚 | 克罗地亚共和国
CUB | Cuba | Republic of Cuba | 古巴 | 古巴共和国
CYP | Cyprus | Republic of Cyprus | 塞浦路斯 | 塞浦路斯共和国
CZE | Czechia | Czech Republic | 捷克 | 捷克共和国
PRK | Democratic People's Republic of Korea | Democratic People's Republic of Korea | 朝鲜民主主义人民共和国 | 朝鲜民主主义人民共和国
COD | Democratic Republic of the Congo | Democratic Republic of the Congo | 刚果民主共和国 | 刚果民主共和国
DNK | Denmark | Kingdom of Denmark | 丹麦 | 丹麦王国
DJI | Djibouti | Republic of Djibouti | 吉布提 | 吉布提共和国
DMA | Dominica | Commonwealth of Dominica | 多米尼克 | 多米尼克国
DOM | Dominican Republic | Dominican Republic | 多米尼加共和国 | 多米尼加共和国
ECU | Ecuador | Republic of Ecuador | 厄瓜多尔 | 厄瓜多尔共和国
EGY | Egypt | Arab Republic of Egypt | 埃及 | 阿拉伯埃及共和国
SLV | El Salvador | Republic of El Salvador | 萨尔瓦多 | 萨尔瓦多共和国
GNQ | Equatorial Guinea | Republic of Equatorial Guinea | 赤道几内亚 | 赤道几内亚共和国
ERI | Eritrea | State of Eritrea | 厄立特里亚 | 厄立特里亚国
EST | Estonia | Republic of Estonia | 爱沙尼亚 | 爱沙尼亚共和国
SWZ | Eswatini | Kingdom of Eswatini | 埃斯瓦蒂尼 | 埃斯瓦蒂尼王国
ETH | Ethiopia | Federal Democratic Republic of Ethiopia | 埃塞俄比亚 | 埃塞俄比亚联邦民主共和国
FJI | Fiji | Republic of Fiji | 斐济 | 斐济共和国
FIN | Finland | Republic of Finland | 芬兰 | 芬兰共和国
FRA | France | French Republic | 法国 | 法兰西共和国
GAB | Gabon | Gabonese Republic | 加蓬 | 加蓬共和国
GMB | Gambia | Republic of the Gambia | 冈比亚 | 冈比亚共和国
GEO | Georgia | Georgia | 格鲁吉亚 | 格鲁吉亚
DEU | Germany | Federal Republic of Germany | 德国 | 德意志联邦共和国
GHA | Ghana | Republic of Ghana | 加纳 | 加纳共和国
GRC | Greece | Hellenic Republic | 希腊 | 希腊共和国
GRD | Grenada | Grenada | 格林纳达 | 格林纳达
GTM | Guatemala | Republic of Guatemala | 危地马拉 | 危地马拉共和国
GIN | Guinea | Republic of Guinea | 几内亚 | 几内亚共和国
GNB | Guinea-Bissau | Republic of Guinea-Bissau | 几内亚比绍 | 几内亚比绍共和国
GUY | Guyana | Co-operative Republic of Guyana | 圭亚那 | 圭亚那合作共和国
HTI | Haiti | Republic of Haiti | 海地 | 海地共和国
HND | Honduras | Republic of Honduras | 洪都拉斯 | 洪都拉斯共和国
HUN | Hungary | Hungary | 匈牙利 | 匈牙利
ISL | Iceland | Iceland | 冰岛 | 冰岛
IND | India | Republic of India | 印度 | 印度共和国
IDN | Indonesia | Republic of Indonesia | 印度尼西亚 | 印度尼西亚共和国
IRN | Iran (Islamic Republic of) | Islamic Republic of Iran | 伊朗伊斯兰共和国 | 伊朗伊斯兰共和国
IRQ | Iraq | Republic of Iraq | 伊拉克 | 伊拉克共和国
IRL | Ireland | Ireland | 爱尔兰 | 爱尔兰
ISR | Israel | State of Israel | 以色列 | 以色列国
ITA | Italy | Italian Republic | 意大利 | 意大利共和国
JAM | Jamaica | Jamaica | 牙买加 | 牙买加
JPN | Japan | Japan | 日本 | 日本国
JOR | Jordan | Hashemite Kingdom of Jordan | 约旦 | 约旦哈希姆王国
KAZ | Kazakhstan | Republic of Kazakhstan | 哈萨克斯坦 | 哈萨克斯坦共和国
KEN | Kenya | Republic of Kenya | 肯尼亚 | 肯尼亚共和国
KIR | Kiribati | Republic of Kiribati | 基里巴斯 | 基里巴斯共和国
KWT | Kuwait | State of Kuwait | 科威特 | 科威特国
KGZ | Kyrgyzstan | Kyrgyz Republic | 吉尔吉斯斯坦 | 吉尔吉斯共和国
LAO | Lao People's Democratic Republic | Lao People's Democratic Republic | 老挝人民民主共和国 | 老挝人民民主共和国
LVA | Latvia | Republic of Latvia | 拉脱维亚 | 拉脱维亚共和国
LBN | Lebanon | Lebanese Republic | 黎巴嫩 | 黎巴嫩共和国
LSO | Lesotho | Kingdom of Lesotho | 莱索托 | 莱索托王国
LBR | Liberia | Republic of Liberia | 利比里亚 | 利比里亚共和国
LBY | Libya | State of Libya | 利比亚 | 利比亚国
LIE | Liechtenstein | Principality of Liechtenstein | 列支敦士登 | 列支敦士登公国
LTU | Lithuania | Republic of Lithuania | 立陶宛 | 立陶宛共和国
LUX | Luxembourg | Grand Duchy of Luxembourg | 卢森堡 | 卢森堡大公国
MDG | Madagascar | Republic of Madagascar | 马达加斯加 | 马达加斯加共和国
MWI | Malawi | Republic of Malawi | 马拉维 | 马拉维共和国
MYS | Malaysia | Malaysia | 马来西亚 | 马来西亚
MDV | Maldives | Republic of Maldives | 马尔代夫 | 马尔代夫共和国
MLI | Mali | Republic of Mali | 马里 | 马里共和国
MLT | Malta | Republic of Malta | 马耳他 | 马耳他共和国
MHL | Marshall Islands | Republic of the Marshall Islands | 马绍尔群岛 | 马绍尔群岛共和国
MRT | Mauritania | Islamic Republic of Mauritania | 毛里塔尼亚 | 毛里塔尼亚伊斯兰共和国
MUS | Mauritius | Republic of Mauritius | 毛里求斯 | 毛里求斯共和国
MEX | Mexico | United Mexican States | 墨西哥 | 墨西哥合众国
FSM | Micronesia (Federated States of) | Federated States of Micronesia | 密克罗尼西亚联邦 | 密克罗尼西亚联邦
MCO | Monaco | Principality of Monaco | 摩纳哥 | 摩纳哥公国
MNG | Mongolia | Mongolia | 蒙古 | 蒙古国
MNE | Montenegro | Montenegro | 黑山 | 黑山
MAR | Morocco | Kingdom of Morocco | 摩洛哥 | 摩洛哥王国
MOZ | Mozambique | Republic of Mozambique | 莫桑比克 | 莫桑比克共和国
MMR | Myanmar | Republic of the Union of Myanmar | 缅甸 | 缅甸联邦共和国
NAM | Namibia | Republic of Namibia | 纳米比亚 | 纳米比亚共和国
NRU | Nauru | Republic of Nauru | 瑙鲁 | 瑙鲁共和国
NPL | Nepal | Federal Democratic Republic of Nepal | 尼泊尔 | 尼泊尔联邦民主共和国
NLD | Netherlands (Kingdom of the) | Kingdom of the Netherlands | 荷兰王国 | 荷兰王国
NZL | New Zealand | New Zealand | 新西兰 | 新西兰
NIC | Nicaragua | Republic of Nicaragua | 尼加拉瓜 | 尼加拉瓜共和国
NER | Niger | Republic of the Niger | 尼日尔 | 尼日尔共和国
NGA | Nigeria | Federal Republic of Nigeria | 尼日利亚 | 尼日利亚联邦共和国
MKD | North Macedonia | Republic of North Macedonia | 北马其顿 | 北马其顿共和国
NOR | Norway | Kingdom of Norway | 挪威 | 挪威王国
OMN | Oman | Sultanate of Oman | 阿曼 | 阿曼苏丹国
PAK | Pakistan | Islamic Republic of Pakistan | 巴基斯坦 | 巴基斯坦伊斯兰共和国
PLW | Palau | Republic of Palau | 帕劳 | 帕劳共和国
PAN | Panama | Republic of Panama | 巴拿马 | 巴拿马共和国
PNG | Papua New Guinea | Independent State of Papua New Guinea | 巴布亚新几内亚 | 巴布亚新几内亚独立国
PRY | Paraguay | Republic of Paraguay | 巴拉圭 | 巴拉圭共和国
PER | Peru | Republic of Peru | 秘鲁 | 秘鲁共和国
PHL | Philippines | Republic of the Philippines | 菲律宾 | 菲律宾共和国
POL | Poland | Republic of Poland | 波兰 | 波兰共和国
PRT | Portugal | Portuguese Republic | 葡萄牙 | 葡萄牙共和国
QAT | Qatar | State of Qatar | 卡塔尔 | 卡塔尔国
KOR | Republic of Korea | Republic of Korea | 大韩民国 | 大韩民国
MDA | Republic of Moldova | Republic of Moldova | 摩尔多瓦共和国 | 摩尔多瓦共和国
ROU | Romania | Romania | 罗马尼亚 | 罗马尼亚
RUS | Russian Federation | Russian Federation | 俄罗斯联邦 | 俄罗斯联邦
RWA | Rwanda | Republic of Rwanda | 卢旺达 | 卢旺达共和国
KNA | Saint Kitts and Nevis | Saint Kitts and Nevis | 圣基茨和尼维斯 | 圣基茨和尼维斯
LCA | Saint Lucia | Saint Lucia | 圣卢西亚 | 圣卢西亚
VCT | Saint Vincent and the Grenadines | Saint Vincent and the Grenadines | 圣文森特和格林纳丁斯 | 圣文森特和格林纳丁斯
WSM | Samoa | Independent State of Samoa | 萨摩亚 | 萨摩亚独立国
SMR | San Marino | Republic of San Marino | 圣马力诺 | 圣马力诺共和国
STP | Sao Tome and Principe | Democratic Republic of Sao Tome and Principe | 圣多美和普林西比 | 圣多美和普林西比民主共和国
SAU | Saudi Arabia | Kingdom of Saudi Arabia | 沙特阿拉伯 | 沙特阿拉伯王国
SEN | Senegal | Republic of Senegal | 塞内加尔 | 塞内加尔共和国
SRB | Serbia | Republic of Serbia | 塞尔维亚 | 塞尔维亚共和国
SYC | Seychelles | Republic of Seychelles | 塞舌尔 | 塞舌尔共和国
SLE | Sierra Leone | Republic of Sierra Leone | 塞拉利昂 | 塞拉利昂共和国
SGP | Singapore | Republic of Singapore | 新加坡 | 新加坡共和国
SVK | Slovakia | Slovak Republic | 斯洛伐克 | 斯洛伐克共和国
SVN | Slovenia | Republic of Slovenia | 斯洛文尼亚 | 斯洛文尼亚共和国
SLB | Solomon Islands | Solomon Islands | 所罗门群岛 | 所罗门群岛
SOM | Somalia | Federal Republic of Somalia | 索马里 | 索马里联邦共和国
ZAF | South Africa | Republic of South Africa | 南非 | 南非共和国
SSD | South Sudan | Republic of South Sudan | 南苏丹 | 南苏丹共和国
ESP | Spain | Kingdom of Spain | 西班牙 | 西班牙王国
LKA | Sri Lanka | Democratic Socialist Republic of Sri Lanka | 斯里兰卡 | 斯里兰卡民主社会主义共和国
SDN | Sudan | Republic of the Sudan | 苏丹 | 苏丹共和国
SUR | Suriname | Republic of Suriname | 苏里南 | 苏里南共和国
SWE | Sweden | Kingdom of Sweden | 瑞典 | 瑞典王国
CHE | Switzerland | Swiss Confederation | 瑞士 | 瑞士联邦
SYR | Syrian Arab Republic | Syrian Arab Republic | 阿拉伯叙利亚共和国 | 阿拉伯叙利亚共和国
TJK | Tajikistan | Republic of Tajikistan | 塔吉克斯坦 | 塔吉克斯坦共和国
THA | Thailand | Kingdom of Thailand | 泰国 | 泰王国
TLS | Timor-Leste | Democratic Republic of Timor-Leste | 东帝汶 | 东帝汶民主共和国
TGO | Togo | Togolese Republic | 多哥 | 多哥共和国
TON | Tonga | Kingdom of Tonga | 汤加 | 汤加王国
TTO | Trinidad and Tobago | Republic of Trinidad and Tobago | 特立尼达和多巴哥 | 特立尼达和多巴哥共和国
TUN | Tunisia | Republic of Tunisia | 突尼斯 | 突尼斯共和国
TUR | Türkiye | Republic of Türkiye | 土耳其 | 土耳其共和国
TKM | Turkmenistan | Turkmenistan | 土库曼斯坦 | 土库曼斯坦
TUV | Tuvalu | Tuvalu | 图瓦卢 | 图瓦卢
UGA | Uganda | Republic of Uganda | 乌干达 | 乌干达共和国
UKR | Ukraine | Ukraine | 乌克兰 | 乌克兰
ARE | United Arab Emirates | United Arab Emirates | 阿拉伯联合酋长国 | 阿拉伯联合酋长国
GBR | United Kingdom of Great Britain and Northern Ireland | United Kingdom of Great Britain and Northern Ireland | 大不列颠及北爱尔兰联合王国 | 大不列颠及北爱尔兰联合王国
TZA | United Republic of Tanzania | United Republic of Tanzania | 坦桑尼亚联合共和国 | 坦桑尼亚联合共和国
USA | United States of America | United States of America | 美利坚合众国 | 美利坚合众国
URY | Uruguay | Eastern Republic of Uruguay | 乌拉圭 | 乌拉圭东岸共和国
UZB | Uzbekistan | Republic of Uzbekistan | 乌兹别克斯坦 | 乌兹别克斯坦共和国
VUT | Vanuatu | Republic of Vanuatu | 瓦努阿图 | 瓦努阿图共和国
VEN | Venezuela (Bolivarian Republic of) | Bolivarian Republic of Venezuela | 委内瑞拉玻利瓦尔共和国 | 委内瑞拉玻利瓦尔共和国
VNM | Viet Nam | Socialist Republic of Viet Nam | 越南 | 越南社会主义共和国
YEM | Yemen | Republic of Yemen | 也门 | 也门共和国
ZMB | Zambia | Republic of Zambia | 赞比亚 | 赞比亚共和国
ZWE | Zimbabwe | Republic of Zimbabwe | 津巴布韦 | 津巴布韦共和国
"""

OBSERVERS = """
VAT | Holy See | Holy See | 教廷 | 教廷
PSE | State of Palestine | State of Palestine | 巴勒斯坦国 | 巴勒斯坦国
"""

# Non-member entities that UN texts name as places and that have a code of their own: the
# Non-Self-Governing Territories on the UN list (General Assembly, Fourth Committee, C-24 documents),
# Puerto Rico (C-24), Taiwan, Hong Kong and Macao as the UN styles them, the Cook Islands and Niue (States
# in free association that are members of UN specialized agencies), and Kosovo, named in UN texts "in the
# context of resolution 1244 (1999)"; ISO 3166-1 assigns it no code, so it takes XKX, the code from the
# user-assigned range that the European Commission, the IMF and the World Bank use.
TERRITORIES = """
TWN | Taiwan Province of China | Taiwan Province of China | 中国台湾省 | 中国台湾省
HKG | China, Hong Kong Special Administrative Region | Hong Kong Special Administrative Region of the People's Republic of China | 中国香港特别行政区 | 中华人民共和国香港特别行政区
MAC | China, Macao Special Administrative Region | Macao Special Administrative Region of the People's Republic of China | 中国澳门特别行政区 | 中华人民共和国澳门特别行政区
XKX | Kosovo | Kosovo | 科索沃 | 科索沃
ESH | Western Sahara | Western Sahara | 西撒哈拉 | 西撒哈拉
ASM | American Samoa | American Samoa | 美属萨摩亚 | 美属萨摩亚
AIA | Anguilla | Anguilla | 安圭拉 | 安圭拉
BMU | Bermuda | Bermuda | 百慕大 | 百慕大
VGB | British Virgin Islands | British Virgin Islands | 英属维尔京群岛 | 英属维尔京群岛
CYM | Cayman Islands | Cayman Islands | 开曼群岛 | 开曼群岛
FLK | Falkland Islands (Malvinas) | Falkland Islands (Malvinas) | 福克兰群岛(马尔维纳斯) | 福克兰群岛(马尔维纳斯)
PYF | French Polynesia | French Polynesia | 法属波利尼西亚 | 法属波利尼西亚
GIB | Gibraltar | Gibraltar | 直布罗陀 | 直布罗陀
GUM | Guam | Guam | 关岛 | 关岛
MSR | Montserrat | Montserrat | 蒙特塞拉特 | 蒙特塞拉特
NCL | New Caledonia | New Caledonia | 新喀里多尼亚 | 新喀里多尼亚
PCN | Pitcairn | Pitcairn | 皮特凯恩 | 皮特凯恩
SHN | Saint Helena | Saint Helena | 圣赫勒拿 | 圣赫勒拿
TKL | Tokelau | Tokelau | 托克劳 | 托克劳
TCA | Turks and Caicos Islands | Turks and Caicos Islands | 特克斯和凯科斯群岛 | 特克斯和凯科斯群岛
VIR | United States Virgin Islands | United States Virgin Islands | 美属维尔京群岛 | 美属维尔京群岛
PRI | Puerto Rico | Puerto Rico | 波多黎各 | 波多黎各
COK | Cook Islands | Cook Islands | 库克群岛 | 库克群岛
NIU | Niue | Niue | 纽埃 | 纽埃
"""

# Common variants, reviewed one by one. Names that are also ordinary words are written as they are
# capitalized in running text; the loader matches Latin names case-sensitively (plus an all-capitals
# form), so "US" does not match "us" and "Turkey" does not match "turkey".
EXTRA_EN = {
    "AFG": [],
    "BHS": ["The Bahamas"],
    "BOL": ["Bolivia"],
    "BIH": ["Bosnia-Herzegovina", "BiH"],
    "BRN": ["Brunei"],
    "CPV": ["Cape Verde"],
    "CIV": ["Ivory Coast"],
    "COD": ["DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "COG": ["Republic of Congo", "Congo-Brazzaville"],
    "CZE": ["Czech Republic"],
    "PRK": ["DPRK", "North Korea"],
    "SWZ": ["Swaziland", "Kingdom of Swaziland"],
    "GMB": ["The Gambia"],
    "IRN": ["Iran"],
    "KGZ": ["Kyrgyz Republic"],
    "LAO": ["Laos", "Lao PDR"],
    "LBY": ["Libyan Arab Jamahiriya"],
    "FSM": ["Federated States of Micronesia"],
    "MMR": ["Burma"],
    "NLD": ["Netherlands"],
    "MKD": ["former Yugoslav Republic of Macedonia", "The former Yugoslav Republic of Macedonia"],
    "KOR": ["South Korea", "ROK"],
    "MDA": ["Moldova"],
    "RUS": ["Russia"],
    "KNA": ["Saint Christopher and Nevis"],
    "STP": ["São Tomé and Príncipe"],
    "SVK": ["Slovak Republic"],
    "SYR": ["Syria"],
    "TLS": ["East Timor"],
    "TUR": ["Turkey", "Republic of Turkey"],
    "ARE": ["UAE"],
    "GBR": ["United Kingdom", "UK", "U.K.", "Great Britain", "Britain"],
    "TZA": ["Tanzania"],
    "USA": ["United States", "US", "U.S.", "USA", "U.S.A."],
    "VEN": ["Venezuela"],
    "VNM": ["Vietnam"],
    "VAT": ["Vatican", "Vatican City", "Vatican City State"],
    "PSE": ["Palestine", "Occupied Palestinian Territory", "Gaza Strip", "Gaza", "West Bank"],
    "CHN": ["PRC"],
    "TWN": ["Taiwan"],
    "HKG": ["Hong Kong", "Hong Kong SAR", "Hong Kong, China"],
    "MAC": ["Macao", "Macau", "Macao SAR", "Macao, China"],
    "FLK": ["Falkland Islands", "Malvinas", "Malvinas Islands"],
    "SHN": ["Saint Helena, Ascension and Tristan da Cunha"],
    "VIR": ["US Virgin Islands", "U.S. Virgin Islands"],
}

EXTRA_ZH = {
    "CAF": ["中非"],                          # 中非稳定团 (MINUSCA), "在马里、中非等地区"; the region is 中部非洲
    "BOL": ["玻利维亚"],
    "BIH": ["波黑"],
    "BRN": ["文莱"],
    "COD": ["刚果(金)", "民主刚果", "刚果金"],
    "COG": ["刚果(布)", "刚果布"],
    "CZE": ["捷克共和国"],
    "PRK": ["朝鲜", "北韩"],
    "SWZ": ["斯威士兰", "斯威士兰王国"],
    "IRN": ["伊朗"],
    "IDN": ["印尼"],
    "LAO": ["老挝"],
    "MKD": ["前南斯拉夫的马其顿共和国", "马其顿"],
    "NLD": ["荷兰"],
    "KOR": ["韩国", "南韩"],
    "MDA": ["摩尔多瓦"],
    "RUS": ["俄罗斯", "俄国"],
    "KNA": ["圣基茨和尼维斯联邦"],
    "SYR": ["叙利亚"],
    "ARE": ["阿联酋"],
    "GBR": ["联合王国", "英国"],
    "TZA": ["坦桑尼亚"],
    "USA": ["美国"],
    "VEN": ["委内瑞拉"],
    "VAT": ["梵蒂冈", "梵蒂冈城国"],
    "PSE": ["巴勒斯坦", "被占领巴勒斯坦领土", "加沙地带", "加沙", "约旦河西岸"],
    "SAU": ["沙特"],
    "TWN": ["台湾", "中国台湾", "台湾地区"],
    "HKG": ["香港特别行政区", "中国香港", "香港"],
    "MAC": ["澳门特别行政区", "中国澳门", "澳门"],
    "FLK": ["福克兰群岛", "马尔维纳斯群岛"],
    "SHN": ["圣赫勒拿、阿森松和特里斯坦-达库尼亚"],
}

# English adjectives, for callers that want "the French delegation" (not matched by default: many are
# also languages or peoples). Only unambiguous ones.
ADJECTIVES_EN = {
    "AFG": ["Afghan"], "ALB": ["Albanian"], "DZA": ["Algerian"], "AGO": ["Angolan"], "ARG": ["Argentine", "Argentinian"],
    "ARM": ["Armenian"], "AUS": ["Australian"], "AUT": ["Austrian"], "AZE": ["Azerbaijani"], "BGD": ["Bangladeshi"],
    "BLR": ["Belarusian"], "BEL": ["Belgian"], "BEN": ["Beninese"], "BOL": ["Bolivian"], "BRA": ["Brazilian"],
    "BGR": ["Bulgarian"], "BFA": ["Burkinabe"], "BDI": ["Burundian"], "KHM": ["Cambodian"], "CMR": ["Cameroonian"],
    "CAN": ["Canadian"], "TCD": ["Chadian"], "CHL": ["Chilean"], "CHN": ["Chinese"], "COL": ["Colombian"],
    "CIV": ["Ivorian"], "HRV": ["Croatian"], "CUB": ["Cuban"], "CYP": ["Cypriot"], "CZE": ["Czech"],
    "DNK": ["Danish"], "DJI": ["Djiboutian"], "ECU": ["Ecuadorian"], "EGY": ["Egyptian"], "ERI": ["Eritrean"],
    "EST": ["Estonian"], "ETH": ["Ethiopian"], "FIN": ["Finnish"], "FRA": ["French"], "GAB": ["Gabonese"],
    "GMB": ["Gambian"], "GEO": ["Georgian"], "DEU": ["German"], "GHA": ["Ghanaian"], "GRC": ["Greek"],
    "GTM": ["Guatemalan"], "HTI": ["Haitian"], "HUN": ["Hungarian"], "IND": ["Indian"], "IDN": ["Indonesian"],
    "IRN": ["Iranian"], "IRQ": ["Iraqi"], "IRL": ["Irish"], "ISR": ["Israeli"], "ITA": ["Italian"],
    "JAM": ["Jamaican"], "JPN": ["Japanese"], "JOR": ["Jordanian"], "KAZ": ["Kazakh"], "KEN": ["Kenyan"],
    "KWT": ["Kuwaiti"], "LVA": ["Latvian"], "LBN": ["Lebanese"], "LBR": ["Liberian"], "LBY": ["Libyan"],
    "LTU": ["Lithuanian"], "MDG": ["Malagasy"], "MWI": ["Malawian"], "MYS": ["Malaysian"], "MLI": ["Malian"],
    "MLT": ["Maltese"], "MRT": ["Mauritanian"], "MEX": ["Mexican"], "MNG": ["Mongolian"], "MAR": ["Moroccan"],
    "MOZ": ["Mozambican"], "NAM": ["Namibian"], "NPL": ["Nepalese"], "NLD": ["Dutch"], "NZL": ["New Zealand"],
    "NIC": ["Nicaraguan"], "NER": ["Nigerien"], "NGA": ["Nigerian"], "NOR": ["Norwegian"], "PAK": ["Pakistani"],
    "PAN": ["Panamanian"], "PRY": ["Paraguayan"], "PER": ["Peruvian"], "PHL": ["Philippine"], "POL": ["Polish"],
    "PRT": ["Portuguese"], "QAT": ["Qatari"], "ROU": ["Romanian"], "RUS": ["Russian"], "RWA": ["Rwandan"],
    "SAU": ["Saudi"], "SEN": ["Senegalese"], "SRB": ["Serbian"], "SLE": ["Sierra Leonean"], "SGP": ["Singaporean"],
    "SVK": ["Slovak"], "SVN": ["Slovenian"], "SOM": ["Somali"], "ZAF": ["South African"], "SSD": ["South Sudanese"],
    "ESP": ["Spanish"], "LKA": ["Sri Lankan"], "SDN": ["Sudanese"], "SWE": ["Swedish"], "CHE": ["Swiss"],
    "SYR": ["Syrian"], "TJK": ["Tajik"], "THA": ["Thai"], "TGO": ["Togolese"], "TUN": ["Tunisian"],
    "TUR": ["Turkish"], "UGA": ["Ugandan"], "UKR": ["Ukrainian"], "GBR": ["British"],
    "URY": ["Uruguayan"], "UZB": ["Uzbek"], "VEN": ["Venezuelan"], "VNM": ["Vietnamese"], "YEM": ["Yemeni"],
    "ZMB": ["Zambian"], "ZWE": ["Zimbabwean"], "PSE": ["Palestinian"], "KOR": ["Korean"],
}
# "Korean" names two States and "American" is also "Latin American": keep them out.
ADJECTIVES_EN.pop("KOR")

# Automatic variants (from iso-codes or CLDR) that are dropped: ambiguous, misleading or not a name.
DENY = {
    "Micronesia", "密克罗尼西亚",            # also the Pacific subregion
    "Korea", "韩国 (南韩)",
    "Palestine, State of", "巴勒斯坦领土", "Palestinian Territories",
    "Congo - Kinshasa", "Congo - Brazzaville",  # CLDR display forms; the hyphenated forms are in EXTRA_EN
    "Holy See (Vatican City State)",
    "台湾", "Taiwan, Province of China",  # kept only through TERRITORIES/EXTRA (TWN)
    "Myanmar (Burma)",
    "中国台湾",
    "米尼克共和国",                          # a truncated translation in iso-codes
    "孟加拉",                                # also Bengal (孟加拉湾, the Bay of Bengal)
    "China mainland",
    "查德",                                  # Chad as Taiwan writes it: also inside 理查德 (Richard)
    "卡达",                                  # Qatar as Taiwan writes it: also inside transliterated names
    "约旦杂凑姆王国",                        # OpenCC's Taiwan table turns 哈希姆 (Hashemite) into 雜湊 (a hash)
}

# --------------------------------------------------------------------------------------------------
# Regions: not States, but places UN texts name. Codes are "REG-" + an English tag, never 3 letters.
# --------------------------------------------------------------------------------------------------
REGIONS = [
    ("REG-AFRICA", "Africa", ["Africa"], ["非洲"]),
    ("REG-WEST-AFRICA", "West Africa", ["West Africa", "Western Africa"], ["西非", "西部非洲"]),
    ("REG-CENTRAL-AFRICA", "Central Africa", ["Central Africa"], ["中部非洲"]),
    ("REG-EAST-AFRICA", "East Africa", ["East Africa", "Eastern Africa"], ["东非", "东部非洲"]),
    ("REG-NORTH-AFRICA", "North Africa", ["North Africa", "Northern Africa"], ["北非", "北部非洲"]),
    ("REG-SOUTHERN-AFRICA", "Southern Africa", ["Southern Africa"], ["南部非洲", "南非洲"]),
    ("REG-SAHEL", "Sahel", ["Sahel", "Sahel region"], ["萨赫勒", "萨赫勒地区"]),
    ("REG-HORN-OF-AFRICA", "Horn of Africa", ["Horn of Africa"], ["非洲之角"]),
    ("REG-GREAT-LAKES", "Great Lakes region", ["Great Lakes region", "Great Lakes Region"], ["大湖区", "大湖地区"]),
    ("REG-LAKE-CHAD", "Lake Chad Basin", ["Lake Chad Basin", "Lake Chad basin", "Lake Chad"], ["乍得湖流域", "乍得湖区域", "乍得湖"]),
    ("REG-GULF-OF-GUINEA", "Gulf of Guinea", ["Gulf of Guinea"], ["几内亚湾"]),
    ("REG-CONGO-BASIN", "Congo Basin", ["Congo Basin"], ["刚果盆地"]),
    ("REG-DARFUR", "Darfur", ["Darfur"], ["达尔富尔"]),
    ("REG-MIDDLE-EAST", "Middle East", ["Middle East"], ["中东"]),
    ("REG-KOREAN-PENINSULA", "Korean Peninsula", ["Korean Peninsula", "Korean peninsula"], ["朝鲜半岛"]),
    ("REG-CENTRAL-ASIA", "Central Asia", ["Central Asia"], ["中亚"]),
    ("REG-BALKANS", "Balkans", ["Balkans", "Western Balkans"], ["巴尔干", "西巴尔干"]),
    ("REG-CARIBBEAN", "Caribbean", ["Caribbean"], ["加勒比"]),
    ("REG-LATIN-AMERICA", "Latin America", ["Latin America"], ["拉丁美洲", "拉美"]),
    ("REG-CENTRAL-AMERICA", "Central America", ["Central America"], ["中美洲"]),
    ("REG-NORTH-AMERICA", "North America", ["North America"], ["北美洲", "北美"]),
    ("REG-SOUTH-AMERICA", "South America", ["South America"], ["南美洲", "南美"]),
    ("REG-EUROPE", "Europe", ["Europe"], ["欧洲"]),
    ("REG-ASIA", "Asia", ["Asia"], ["亚洲"]),
    ("REG-MEDITERRANEAN", "Mediterranean", ["Mediterranean"], ["地中海"]),
    ("REG-INDIAN-OCEAN", "Indian Ocean", ["Indian Ocean"], ["印度洋"]),
    ("REG-SOUTH-CHINA-SEA", "South China Sea", ["South China Sea"], ["南中国海"]),
]

# Phrases that contain a State's name but do not mention that State: matched and then ignored, so the
# longest match at that point masks the shorter name ("发展中国家" is not 中国, "沿海地区" is not 海地).
MASKS_ZH = [
    "中国家",          # 发展中国家, 冲突中国家: "…中" + "国家"
    "中国际",          # 其中国际社会
    "法国家",          # 合法国家机构
    "海地区", "海地带",  # 沿海地区, 地中海地区, 加勒比海地区
    "北爱尔兰",        # part of a State, not Ireland
    "内蒙古",
    "捷克斯洛伐克",
    "马里乌波尔",      # Mariupol
    "东南非",
    "欧美",
    "新几内亚",
    "尼日尔三角洲", "尼日尔河",
    "法属圭亚那",
    "伊拉克和黎凡特伊斯兰国", "伊拉克和沙姆伊斯兰国",
    "约旦河谷",
    "中国内流离失所",   # 其中国内流离失所者: "…中" + "国内流离失所者"
    "海地方", "海地震",
    "中东部",           # 刚果民主共和国中东部: not the Middle East
    "中非合作",         # 中非合作论坛 (the Forum on China-Africa Cooperation), not the Central African Republic
    "马里兰", "马里亚",                 # Maryland; Mariana, Mariano
    "马里奥", "阿曼多", "阿曼达",       # transliterated given names: Mario, Armando, Amanda
    # Organizations named after a region: not a mention of the region.
    "非洲联盟", "西非国家经济共同体", "西非经共体", "中部非洲国家经济共同体", "南部非洲发展共同体", "东非共同体",
    "非洲开发银行", "非洲经济委员会", "欧洲联盟", "欧洲委员会", "欧洲理事会", "欧洲议会", "欧洲安全与合作组织",
    "亚洲开发银行",
] + [
    # A date followed by 本 ("2019年12月27日本届会议", "三十一日本信"): "日" is the day, not Japan.
    digit + "日本" for digit in "0123456789０１２３４５６７８９〇一二三四五六七八九十廿卅"
]
MASKS_EN = [
    "Northern Ireland",
    "New Guinea",
    "Niger Delta", "Niger River",
    "French Guiana",
    "New Mexico",
    "Islamic State in Iraq and the Levant", "Islamic State of Iraq and the Levant",
    "Islamic State in Iraq and Syria", "Islamic State of Iraq and Syria",
    "Jordan River", "Jordan Valley",
    "US$",
    "Council of Europe", "Co-operation in Europe", "Cooperation in Europe", "Economic Commission for Africa",
]


def parse_rows(block, kind):
    rows = []
    for line in block.strip().splitlines():
        code, en, en_formal, zh, zh_formal = [part.strip() for part in line.split("|")]
        rows.append(dict(code=code, kind=kind, en=en, en_formal=en_formal, zh=zh, zh_formal=zh_formal))
    return rows


def iso_names():
    data = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
    zh = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=["zh_CN"])
    result = {}
    for entry in data:
        en = [entry[k] for k in ("name", "official_name", "common_name") if k in entry]
        zh_names = [zh.gettext(n) for n in en]
        result[entry["alpha_3"]] = dict(alpha_2=entry["alpha_2"], en=en, zh=[n for n in zh_names if n not in en])
    return result


def cldr_names(alpha2_codes):
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cldr-region-names.swift")
    with tempfile.TemporaryDirectory() as tmp:
        binary = os.path.join(tmp, "cldr-region-names")
        subprocess.run(["swiftc", "-O", script, "-o", binary], check=True)
        output = subprocess.run([binary, *alpha2_codes], check=True, capture_output=True).stdout
    return json.loads(output)


def traditional(names):
    """Traditional forms of Simplified names: OpenCC's standard, Taiwan and Hong Kong tables, so that
    合衆國/合眾國, 臺灣/台灣 and 敘/敍 variants all match. In a transliterated name 里 is a sound, never
    裏/裡 ("inside"): OpenCC turns a lone "马里" into "馬裏", so 里 is kept wherever the source has it."""
    import opencc  # pip install opencc==1.4.2
    forms = []
    for config in ("s2t", "s2tw", "s2hk"):
        converter = opencc.OpenCC(config)
        for name in names:
            t = converter.convert(name)
            if len(t) == len(name):
                t = "".join(s if s == "里" else c for s, c in zip(name, t))
            if t != name and t not in forms:
                forms.append(t)
    return forms


def taiwan_forms(names, fold):
    """The names as OpenCC's Taiwan table with phrases ("s2twp") writes them, folded back to Simplified
    characters with the intake's table: the Simplified-character spelling of Taiwan's vocabulary (肯尼亚 →
    肯亞 → 肯亚). Only names that differ from the character-by-character conversion ("s2t"); none when the
    intake's table is not there."""
    if fold is None:
        return []
    import opencc  # pip install opencc==1.4.2
    phrases, characters = opencc.OpenCC("s2twp"), opencc.OpenCC("s2t")
    forms = []
    for name in names:
        t = phrases.convert(name)
        if t == characters.convert(name) or len(t) == len(name) and all(a == b or a == "里" for a, b in zip(name, t)):
            continue
        folded = "".join(fold.get(c, c) for c in t)
        if folded != name and folded not in forms:
            forms.append(folded)
    return forms


def intake_fold():
    """The intake's Traditional → Simplified character table (Sources/Intake/TraditionalFoldTable.swift),
    to check that every generated Traditional form folds back to a Simplified name of the same entry, so
    that a Traditional document, once folded, matches; None when the file is not there."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "Intake", "TraditionalFoldTable.swift")
    if not os.path.exists(path):
        return None
    source = open(path, encoding="utf-8").read()
    body = source[source.index('"""') + 3:source.rindex('"""')]
    chars = "".join(line.strip().rstrip("\\") for line in body.split("\n"))
    return {chars[i]: chars[i + 1] for i in range(0, len(chars) - 1, 2)}


def check_folds(fold, key, simplified, traditional_forms):
    if fold is None:
        return
    for t in traditional_forms:
        folded = "".join(fold.get(c, c) for c in t)
        if folded not in simplified:
            print(f"{key}: Traditional form {t} folds to {folded}, which is not one of its names", file=sys.stderr)


def toml_string(s):
    return json.dumps(s, ensure_ascii=False)


def toml_array(items):
    return "[" + ", ".join(toml_string(i) for i in items) + "]"


def toml_wrapped_array(items, indent="    ", width=100):
    """A multi-line TOML array, several items a line, for long lists a user reads and edits."""
    lines, line = [], indent
    for item in items:
        piece = toml_string(item) + ","
        if len(line) + len(piece) > width and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += piece + " "
    lines.append(line.rstrip())
    return "[\n" + "\n".join(lines) + "\n]"


def add(lst, *names):
    for n in names:
        if n and n not in lst:
            lst.append(n)


HEADER = """\
# The States gazetteer: UN Member States, observer States, some other entities and regions that UN texts
# name, with their English and Chinese names. Shared by the metadata, speakers and topics plugins.
#
# Generated by scripts/gen-states.py from the UN names written in that script, with extra variants from
# Debian's iso-codes and the CLDR names in Foundation; reviewed by hand. You may edit this file: add
# variants to any entry, add entries, or remove names that cause false matches. Regenerating overwrites it,
# so put lasting changes into the script.
#
# One table per entry, keyed by its code: [state.CIV], [region.REG-SAHEL].
#   kind           member | observer | territory (a non-member entity with its own code) | region
#   en             English short name as the UN writes it                      (required)
#   en-formal      English formal name, without "the"                          (optional)
#   en-variants    other English names and abbreviations                       (optional)
#   en-adjectives  English adjectives ("French"); never matched by default     (optional)
#   zh             Chinese short name as the UN prints it, Simplified          (required)
#   zh-formal      Chinese formal name                                         (optional)
#   zh-variants    other Chinese names                                         (optional)
#   zh-hant        Traditional Chinese forms of the names above                (optional, generated)
# Codes: ISO 3166-1 alpha-3 for States and territories (XKX for Kosovo, from the user-assigned range);
# "REG-" + a tag for regions.
# Territories are non-member entities UN texts name as places: the Non-Self-Governing Territories on the
# UN list, Puerto Rico, Taiwan Province of China, the Hong Kong and Macao Special Administrative Regions,
# the Cook Islands and Niue, and Kosovo (named in UN texts in the context of resolution 1244 (1999)).
# Regions are not States; plugins see them only when they ask for them.
#
# How names match text (see Sources/Gazetteer): every name of every entry is searched for; the longest
# name at a position wins ("大不列颠及北爱尔兰联合王国", not "爱尔兰"). Latin names match whole words only,
# case-sensitively as written or in all capitals ("US" never matches "us"); the loader also accepts each
# Latin name without accents ("Cote d'Ivoire") and with a typographic apostrophe (’), "St."/"St" for
# "Saint", and each Chinese name with half- or full-width parentheses. Runs of white space in the text
# match one space in a name, and white space inside a Chinese name is skipped.
#
# [mask] lists phrases that contain a State's name without naming that State ("发展中国家" is not 中国):
# they are matched like names and then ignored.
"""


def main():
    members = parse_rows(MEMBERS, "member")
    observers = parse_rows(OBSERVERS, "observer")
    territories = parse_rows(TERRITORIES, "territory")
    assert len(members) == 193, len(members)
    rows = members + observers + territories
    codes = [r["code"] for r in rows]
    assert len(set(codes)) == len(codes), "duplicate code"

    fold = intake_fold()
    iso = iso_names()
    alpha2 = {code: iso[code]["alpha_2"] for code in codes if code in iso}
    alpha2["XKX"] = "XK"
    cldr = cldr_names(sorted(alpha2.values()))

    out = [HEADER]
    for r in rows:
        code = r["code"]
        en_variants, zh_variants = [], []
        add(en_variants, *[n for n in EXTRA_EN.get(code, []) if n not in (r["en"], r["en_formal"])])
        add(zh_variants, *[n for n in EXTRA_ZH.get(code, []) if n not in (r["zh"], r["zh_formal"])])
        auto_en, auto_zh = [], []
        if code in iso:
            auto_en += iso[code]["en"]
            auto_zh += iso[code]["zh"]
        names = cldr.get(alpha2.get(code, ""), {})
        if "en" in names:
            auto_en.append(names["en"])
        if "zh_Hans" in names:
            auto_zh.append(names["zh_Hans"])
        known_en = {r["en"], r["en_formal"], *en_variants}
        known_zh = {r["zh"], r["zh_formal"], *zh_variants}
        for n in auto_en:
            n = n.replace("’", "'")
            if n.startswith("the "):
                n = n[4:]
            # ISO's inverted sort forms ("Korea, Republic of") never occur in running text.
            if n not in known_en and n not in DENY and ", " not in n:
                print(f"{code}: en variant from iso-codes/CLDR: {n}", file=sys.stderr)
                add(en_variants, n)
                known_en.add(n)
        for n in auto_zh:
            n = n.replace("（", "(").replace("）", ")")
            if n not in known_zh and n not in DENY:
                print(f"{code}: zh variant from iso-codes/CLDR: {n}", file=sys.stderr)
                add(zh_variants, n)
                known_zh.add(n)
        # Copies converted to Traditional with Taiwan's vocabulary name many States differently (肯亞, 紐西蘭,
        # 衣索比亞); the intake folds such a copy back to Simplified characters (肯亚), so that form is a variant.
        for n in taiwan_forms([r["zh"], r["zh_formal"]], fold):
            if n not in known_zh and n not in DENY:
                print(f"{code}: zh variant from Taiwan vocabulary: {n}", file=sys.stderr)
                add(zh_variants, n)
                known_zh.add(n)
        zh_all = []
        add(zh_all, r["zh"], r["zh_formal"], *zh_variants)
        hant = traditional(zh_all)
        check_folds(fold, code, zh_all, hant)

        out.append(f"[state.{code}]")
        out.append(f'kind = "{r["kind"]}"')
        out.append(f"en = {toml_string(r['en'])}")
        if r["en_formal"] != r["en"]:
            out.append(f"en-formal = {toml_string(r['en_formal'])}")
        if en_variants:
            out.append(f"en-variants = {toml_array(en_variants)}")
        if ADJECTIVES_EN.get(code):
            out.append(f"en-adjectives = {toml_array(ADJECTIVES_EN[code])}")
        out.append(f"zh = {toml_string(r['zh'])}")
        if r["zh_formal"] != r["zh"]:
            out.append(f"zh-formal = {toml_string(r['zh_formal'])}")
        if zh_variants:
            out.append(f"zh-variants = {toml_array(zh_variants)}")
        if hant:
            out.append(f"zh-hant = {toml_array(hant)}")
        out.append("")

    for code, en, en_names, zh_names in REGIONS:
        out.append(f"[region.{code}]")
        out.append('kind = "region"')
        out.append(f"en = {toml_string(en)}")
        rest = [n for n in en_names if n != en]
        if rest:
            out.append(f"en-variants = {toml_array(rest)}")
        out.append(f"zh = {toml_string(zh_names[0])}")
        if zh_names[1:]:
            out.append(f"zh-variants = {toml_array(zh_names[1:])}")
        hant = traditional(zh_names)
        check_folds(fold, code, zh_names, hant)
        if hant:
            out.append(f"zh-hant = {toml_array(hant)}")
        out.append("")

    out.append("[mask]")
    out.append(f"en = {toml_wrapped_array(MASKS_EN)}")
    out.append(f"zh = {toml_wrapped_array(MASKS_ZH)}")
    mask_hant = traditional(MASKS_ZH)
    check_folds(fold, "mask", MASKS_ZH, mask_hant)
    out.append(f"zh-hant = {toml_wrapped_array(mask_hant)}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()

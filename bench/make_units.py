#!/usr/bin/env python3
"""Writes unit value files for the half-year summary template: plausible, deterministic figures and
names for each county-level unit. Used once for samples/units/ and by `make bench` for a synthetic
province of thousands of units.

    make_units.py OUTDIR NAME[:简称] ...        # named units (samples)
    make_units.py --synthetic N OUTDIR          # N made-up units (benchmark)
"""
import hashlib, os, random, sys

CITY, PROVINCE = "江州市", "江南省"

def values(unit, kind):
    short = unit[:-1]
    r = random.Random(hashlib.sha256(unit.encode()).hexdigest())
    n = lambda lo, hi: r.randint(lo, hi)
    pick = lambda *xs: r.choice(xs)
    return {
        "单位": unit, "简称": kind, "上级市": CITY, "省名": PROVINCE,
        "成文日期": f"2023-07-{n(5, 20):02d}",
        "中心组学习次数": n(6, 14), "辅导报告人数": n(3, 9), "交流发言人数": n(8, 30),
        "宣讲品牌": short + pick("声音", "百姓说", "理论轻骑兵", "e宣讲", "新语"),
        "宣讲场次": n(80, 420), "宣讲受众": n(5, 40) * 1000,
        "新闻作品1": f"{short}：" + pick("产业升级跑出加速度", "乡村振兴绘新景", "营商环境再优化"),
        "新闻作品2": pick("一条老街的新生", "田间地头的理论课", "小网格托起大民生"),
        "用稿总量": n(600, 2600), "省级用稿": n(120, 500), "市级用稿": n(200, 900),
        "获奖称号": PROVINCE + pick("2022年度新闻宣传工作", "2022年度网络宣传工作", "2022年度对外宣传工作"),
        "专栏名称": short + pick("发布", "在行动", "新时代"), "营商专栏后缀": pick("我们在行动", "进行时", "看" + short),
        "专栏个数": n(4, 15), "转载发布新闻": 0, "转载新闻篇数": n(500, 3000),
        "重要舆情事件": pick("某小区停水", "某路段积水", "某学校食堂"), "重要舆情起数": n(1, 6), "其他舆情起数": n(20, 90),
        "网评队伍个数": n(8, 40),
        "典型村": short[:1] + pick("家", "溪", "塘", "岭", "湾") + pick("", "坪", "坝"),
        "村规民约": pick("村规民约", "红白理事会章程", "移风易俗公约"),
        "文明单位个数": n(40, 160), "家风作品条数": n(300, 2000), "推介学校数": n(2, 8),
        "志愿服务队数": n(10, 60), "镇街个数": n(8, 24),
        "志愿服务品牌": short + pick("红马甲", "微光", "邻里帮"), "花节": pick("桃", "梨", "油菜", "杜鹃", "樱"),
        "示范活动次数": n(30, 120), "线上活动次数": n(50, 300), "志愿时长万小时": n(3, 20),
        "道德讲堂场次": n(60, 300), "楷模名称": short,
        "文旅签约项目": n(4, 18), "文旅开工项目": n(2, 10), "文旅总投资亿元": round(r.uniform(8, 90), 1),
        "试营业项目1": short + pick("云上", "溪谷", "古镇") + "民宿", "试营业项目2": short + pick("田园综合体", "研学基地", "露营公园"),
        "红色旅游项目": short + pick("革命旧址纪念馆", "红色教育基地", "烈士陵园提升工程"),
        "文旅品牌1": f"“{short}山水”", "文旅品牌2": f"“{short}人家”",
        "特色资源1": pick("温泉", "古村落", "竹海", "茶园"), "特色资源2": pick("非遗", "红色遗址", "湿地", "花海"),
        "四季游路线": short + "四季", "全域游路线": "全域" + short, "特色路线": short + pick("红色研学", "茶香", "古道"),
        "大型活动": f"{short}第{n(2, 9)}届{pick('桃花节', '文化旅游节', '山歌会')}",
        "红色宣讲场次": n(20, 120), "红色电影场次": n(40, 260),
        "轻骑兵小分队数": n(3, 12), "书画送福场次": n(5, 30), "惠民演出场次": n(8, 40), "送戏下乡场次": n(20, 90),
        "培训场次": n(20, 120), "群众文化活动场次": n(100, 600), "服务群众万人次": n(5, 60),
        "阅读品牌": short + pick("书香", "悦读", "共读"),
        "提示函期数": n(2, 8), "联席会议次数": n(1, 4), "督查轮数": n(1, 3), "阵地备案次数": n(10, 80),
        "删除信息条数": n(50, 600), "约谈人数": n(2, 20), "短视频账号个数": n(100, 900),
        "典型案件": pick("2·15", "3·08", "4·21", "5·12") + "销售非法出版物", "查处案件起数": n(1, 8),
    }

def quote(v):
    if isinstance(v, (int, float)) or (isinstance(v, str) and v[:4].isdigit() and v[4:5] == "-"):
        return str(v)
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'

def write(outdir, unit, kind, template):
    vals = values(unit, kind)
    del vals["转载发布新闻"]
    lines = [f"# {unit}：上半年宣传思想文化工作总结的数值。模板见 {template}", f"template: {template}", "values:"]
    lines += [f"  {k}: {quote(v)}" for k, v in vals.items()]
    with open(os.path.join(outdir, unit + ".yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

def main(argv):
    if argv[:1] == ["--synthetic"]:
        count, outdir = int(argv[1]), argv[2]
        template = argv[3] if len(argv) > 3 else os.path.relpath("samples/templates/half-year-summary.yaml", outdir)
        os.makedirs(outdir, exist_ok=True)
        syll = "安白碧长川春翠丹东凤福高古和黄江金锦靖乐临龙梅南平青清庆瑞山石泰桃天文西溪祥兴阳永玉云漳"
        for i in range(count):
            r = random.Random(i)
            name = r.choice(syll) + r.choice(syll) + f"{i:04d}"
            kind = r.choice("县区市")
            write(outdir, name + kind, kind, template)
        return
    outdir = argv[0]
    os.makedirs(outdir, exist_ok=True)
    for spec in argv[1:]:
        unit, _, kind = spec.partition(":")
        write(outdir, unit, kind or unit[-1], "../templates/half-year-summary.yaml")

if __name__ == "__main__":
    main(sys.argv[1:])
